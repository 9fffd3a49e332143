// RFC 2047 encoded words. Decoding arbitrary header text never crashes and takes linear
// time; text encoded into words (Text and Phrase contexts) decodes back to itself, and no
// word is longer than 75 characters or holds anything but printable ASCII.

#include "encodedword.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    smtp::EncodedWord::decodeText(QString::fromLatin1(bytes));

    // Round trip of valid text (invalid UTF-8 becomes U+FFFD first, a real character).
    const QString text = QString::fromUtf8(bytes);
    for (const auto context :
         {smtp::EncodedWord::Context::Text, smtp::EncodedWord::Context::Phrase}) {
        const QList<QByteArray> words = smtp::EncodedWord::encode(text, context);
        for (const QByteArray& word : words) {
            FUZZ_CHECK(word.size() <= smtp::EncodedWord::MaxLength, QString::fromLatin1(word));
            for (const char c : word)
                FUZZ_CHECK(c > 0x20 && c < 0x7f, QString::fromLatin1(word));
        }
        FUZZ_CHECK(smtp::EncodedWord::decodeText(QString::fromLatin1(words.join(' '))) == text,
                   text);
    }
    return 0;
}
