#include "mxjob.h"

#include "jsonreport.h"
#include "outcome.h"
#include "resultprinter.h"

namespace hongyan::cli {

MxJob::MxJob(const CliOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    connect(&m_resolver, &smtp::MxResolver::finished, this, &MxJob::onResolved);
}

void MxJob::start()
{
    if (!m_options.dnsServer.isNull())
        m_resolver.setNameserver(m_options.dnsServer);
    m_resolver.resolve(m_options.domain);
}

void MxJob::onResolved(const smtp::MxRoute& route)
{
    if (m_options.json)
        ResultPrinter::out() << QString::fromUtf8(JsonReport::toLine(JsonReport::route(route)))
                             << Qt::flush;
    else
        ResultPrinter::printRoute(route);
    using Category = smtp::Outcome::Category;
    switch (route.kind) {
    case smtp::MxRoute::Kind::Mx:
    case smtp::MxRoute::Kind::ImplicitMx:
        emit finished(smtp::Outcome::exitStatus(Category::Delivered));
        return;
    case smtp::MxRoute::Kind::NullMx:
        // The domain refuses mail permanently: as a 5xx would.
        emit finished(smtp::Outcome::exitStatus(Category::Rejected));
        return;
    case smtp::MxRoute::Kind::NoRoute:
        emit finished(smtp::Outcome::exitStatus(Category::Connect));
        return;
    }
}

} // namespace hongyan::cli
