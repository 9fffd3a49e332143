#include "enumnames.h"

using namespace Qt::Literals::StringLiterals;

namespace smtp {

namespace {

struct ProtocolWord
{
    QLatin1StringView camel;
    QLatin1StringView spelling;
};

constexpr ProtocolWord ProtocolWords[] = {
    {"StartTls"_L1, "starttls"_L1},
    {"SmtpUtf8"_L1, "smtputf8"_L1},
    {"EightBitMime"_L1, "8bitmime"_L1},
};

} // namespace

QString stableName(const char* key)
{
    const QLatin1StringView camel(key ? key : "");
    QString name;
    for (qsizetype i = 0; i < camel.size();) {
        if (i > 0)
            name += u'-';
        const auto word = std::find_if(
            std::begin(ProtocolWords), std::end(ProtocolWords),
            [&](const ProtocolWord& w) { return camel.sliced(i).startsWith(w.camel); });
        if (word != std::end(ProtocolWords)) {
            name += word->spelling;
            i += word->camel.size();
            continue;
        }
        name += QChar(camel[i]).toLower();
        for (++i; i < camel.size() && !QChar(camel[i]).isUpper(); ++i)
            name += QChar(camel[i]);
    }
    return name;
}

} // namespace smtp
