#include "climessage.h"
#include "clioptions.h"
#include "consolejob.h"
#include "emlwriter.h"
#include "heaptuning.h"
#include "messageerrortext.h"
#include "mxjob.h"
#include "outcome.h"
#include "probejob.h"
#include "resultprinter.h"
#include "sendcommand.h"
#include "translations.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;
using hongyan::cli::CliOptions;
using hongyan::cli::CliOptionsParser;
using hongyan::cli::ResultPrinter;

namespace {

int usage(const CliOptionsParser& parser, const QString& message)
{
    ResultPrinter::err() << u"hongyan-cli: "_s << message << Qt::endl
                         << parser.usageLine() << Qt::endl;
    return smtp::Outcome::exitStatus(smtp::Outcome::Category::Usage);
}

int build(const CliOptions& options)
{
    hongyan::cli::CliMessage message;
    QString error;
    if (!message.prepare(options, {}, hongyan::cli::CliMessage::Purpose::WriteFile, &error)) {
        ResultPrinter::err() << u"hongyan-cli: "_s << error << Qt::endl;
        return smtp::Outcome::exitStatus(smtp::Outcome::Category::Usage);
    }
    smtp::MessageError writeError;
    if (!smtp::EmlWriter::write(*message.device(), options.output, &writeError)) {
        ResultPrinter::err() << u"hongyan-cli: --output: "_s
                             << hongyan::MessageErrorText::describe(writeError) << Qt::endl;
        return smtp::Outcome::exitStatus(smtp::Outcome::Category::Usage);
    }
    return 0;
}

template <typename Job>
int runJob(QCoreApplication& app, const CliOptions& options)
{
    Job job(options);
    int status = 0;
    QObject::connect(&job, &Job::finished, &app, [&status, &app](int exitStatus) {
        status = exitStatus;
        app.exit(exitStatus);
    });
    job.start();
    app.exec();
    return status;
}

} // namespace

int main(int argc, char* argv[])
{
    smtp::keepFreedMemoryForReuse();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Hongyan"_s);
    QCoreApplication::setApplicationName(u"hongyan"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HONGYAN_VERSION));
    hongyan::Translations::install(hongyan::Translations::systemLanguage());

    CliOptionsParser parser;
    switch (parser.parse(QCoreApplication::arguments())) {
    case CliOptionsParser::Result::ShowVersion:
        ResultPrinter::out() << u"hongyan-cli "_s << QCoreApplication::applicationVersion()
                             << Qt::endl;
        return 0;
    case CliOptionsParser::Result::ShowHelp:
        ResultPrinter::out() << parser.helpText() << Qt::endl;
        return 0;
    case CliOptionsParser::Result::Error:
        return usage(parser, parser.errorText());
    case CliOptionsParser::Result::Run:
        break;
    }

    const CliOptions& options = parser.options();
    switch (options.command) {
    case CliOptions::Command::Build:
        return build(options);
    case CliOptions::Command::Send:
        return runJob<hongyan::cli::SendCommand>(app, options);
    case CliOptions::Command::Probe:
        return runJob<hongyan::cli::ProbeJob>(app, options);
    case CliOptions::Command::Mx:
        return runJob<hongyan::cli::MxJob>(app, options);
    case CliOptions::Command::Console:
        return runJob<hongyan::cli::ConsoleJob>(app, options);
    }
    return 0;
}
