// Everything a server sends reaches people through escaping: a reply line, a SASL challenge
// (base64, decoded for the transcript) and certificate text. No byte sequence may come out
// as a control character, DEL, a C1 control or a bidirectional formatting character.

#include "fuzzcheck.h"
#include "saslauthenticator.h"
#include "transcriptrecord.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString line = smtp::TranscriptRecord::escapeForDisplay(bytes);
    FUZZ_CHECK(!fuzz::hasUnsafeCharacter(line), line);
    FUZZ_CHECK(!fuzz::hasUnsafeCharacter(smtp::TranscriptRecord::fromServer(bytes, false).text),
               line);

    const QString challenge =
        smtp::SaslAuthenticator::describeChallenge(bytes.toByteArray().toBase64()).text();
    FUZZ_CHECK(!fuzz::hasUnsafeCharacter(challenge), challenge);
    const QString raw = smtp::SaslAuthenticator::describeChallenge(bytes).text();
    FUZZ_CHECK(!fuzz::hasUnsafeCharacter(raw), raw);

    const QString decoded = QString::fromUtf8(bytes);
    const QString text = smtp::TranscriptRecord::escapeForDisplay(QStringView(decoded));
    FUZZ_CHECK(!fuzz::hasUnsafeCharacter(text), text);
    return 0;
}
