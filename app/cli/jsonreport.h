#pragma once

#include "capabilities.h"
#include "explanation.h"
#include "mxresolver.h"
#include "outcome.h"

#include <QJsonObject>

namespace hongyan::cli {

// The structured results of hongyan-cli --json: stable keys (DESIGN.md §5), machine names
// for categories and stages, the explanation in the user's language beside the server's
// own words.
class JsonReport
{
public:
    static QJsonObject outcome(const smtp::Outcome& outcome, const Explanation& explanation);
    static QJsonObject tls(const smtp::TlsFacts& tls);
    static QJsonObject capabilities(const smtp::Capabilities& capabilities);
    static QJsonObject route(const smtp::MxRoute& route);
    // Compact JSON followed by a newline, as UTF-8.
    static QByteArray toLine(const QJsonObject& object);
};

} // namespace hongyan::cli
