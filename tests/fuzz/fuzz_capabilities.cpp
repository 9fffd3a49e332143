// The EHLO answer, parsed into capabilities: whatever the lines hold, what is shown to a
// person (the greeting, the AUTH mechanisms) is escaped, and the SIZE limit is a sane number.

#include "capabilities.h"
#include "fuzzcheck.h"
#include "saslauthenticator.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const smtp::Reply reply(250, input.split('\n'));
    const smtp::Capabilities capabilities = smtp::Capabilities::fromEhloReply(reply);
    FUZZ_CHECK(!fuzz::hasUnsafeCharacter(capabilities.serverGreeting()),
               capabilities.serverGreeting());
    const QStringList mechanisms = capabilities.authMechanisms();
    for (const QString& mechanism : mechanisms)
        FUZZ_CHECK(!fuzz::hasUnsafeCharacter(mechanism), mechanism);
    for (const QString& line : capabilities.displayLines())
        FUZZ_CHECK(!fuzz::hasUnsafeCharacter(line), line);
    FUZZ_CHECK(capabilities.sizeLimit() >= 0, QString::number(capabilities.sizeLimit()));
    for (const auto method :
         {smtp::AuthMethod::Auto, smtp::AuthMethod::Plain, smtp::AuthMethod::XOAuth2}) {
        const auto chosen = smtp::SaslAuthenticator::choose(
            method, mechanisms, smtp::Credentials::Kind::Password, true);
        if (chosen)
            FUZZ_CHECK(
                mechanisms.contains(QString::fromLatin1(smtp::SaslAuthenticator::name(*chosen)),
                                    Qt::CaseInsensitive),
                mechanisms.join(u' '));
    }
    capabilities.supportsPipelining();
    capabilities.parameters("AUTH");
    return 0;
}
