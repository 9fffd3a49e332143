// The Thunderbird autoconfig file a provider serves (config-v1.1.xml): arbitrary XML never
// crashes the parser, and what it offers as a server is usable as it stands — a host name
// without white space or control characters and a port that is not zero.

#include "autoconfigparser.h"
#include "fuzzcheck.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::Literals::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char*>(data), qsizetype(size));
    const hongyan::AutoconfigParser::Result result =
        hongyan::AutoconfigParser::parse(xml, u"user@example.org"_s);
    FUZZ_CHECK(result.servers.isEmpty() || result.error.isEmpty(), result.error);
    for (const hongyan::DiscoveredServer& server : result.servers) {
        FUZZ_CHECK(!server.host.isEmpty() && server.port != 0, server.host);
        for (const QChar c : server.host)
            FUZZ_CHECK(c.unicode() > 0x20 && c.unicode() != 0x7f, server.host);
    }
    return 0;
}
