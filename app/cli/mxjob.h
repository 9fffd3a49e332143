#pragma once

#include "clioptions.h"
#include "mxresolver.h"

#include <QObject>

namespace hongyan::cli {

// hongyan-cli mx DOMAIN: the MX route with preferences, hosts and addresses; a null MX
// (RFC 7505) and the A/AAAA fallback are said plainly.
class MxJob : public QObject
{
    Q_OBJECT

public:
    explicit MxJob(const CliOptions& options, QObject* parent = nullptr);
    void start();

signals:
    void finished(int exitStatus);

private:
    void onResolved(const smtp::MxRoute& route);

    CliOptions m_options;
    smtp::MxResolver m_resolver;
};

} // namespace hongyan::cli
