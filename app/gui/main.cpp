#include "accountscontroller.h"
#include "accountstore.h"
#include "appcontroller.h"
#include "composecontroller.h"
#include "consolecontroller.h"
#include "diagnosiscontroller.h"
#include "heaptuning.h"
#include "languagefont.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// --version and --help print and exit; they must work in a terminal without a display,
// where QApplication would abort.
bool onlyPrints(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--version" || argument == "-v" || argument == "--help" ||
            argument == "-h" || argument == "--help-all" || argument == "-?") {
            return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    smtp::keepFreedMemoryForReuse();
    std::unique_ptr<QCoreApplication> app;
    if (onlyPrints(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setOrganizationName(u"Hongyan"_s);
    QCoreApplication::setApplicationName(u"hongyan"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HONGYAN_VERSION));

    hongyan::Translations::install(hongyan::AppController::preferredLanguage());
    if (qobject_cast<QGuiApplication*>(app.get()))
        hongyan::LanguageFont::start(hongyan::Translations::systemLanguage(),
                                     hongyan::Translations::currentLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Write and send mail, and see the SMTP exchange."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"targets"_s,
        QCoreApplication::translate("main", "mailto: URLs (RFC 6068) or .eml files to open."),
        u"[mailto:…|FILE.eml…]"_s);
    parser.process(*app);

    QGuiApplication::setDesktopFileName(u"org.hongyan.Hongyan"_s);
    QGuiApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Hongyan"));
    QGuiApplication::setWindowIcon(QIcon(u":/icons/hongyan.svg"_s));
    hongyan::AppController controller;
    // The account dialogs share the compose windows' stores, so a saved account shows up
    // in every From list at once.
    hongyan::DiagnosisController diagnosis(*controller.accounts(), *controller.secrets());
    hongyan::AccountsController accounts(*controller.accounts(), *controller.secrets(), diagnosis);
    QObject::connect(&controller, &hongyan::AppController::manageAccountsRequested, &accounts,
                     [&accounts] { accounts.showAccounts(QApplication::activeWindow()); });
    QObject::connect(&controller, &hongyan::AppController::diagnoseRequested, &diagnosis,
                     [&diagnosis, &accounts](const QString& accountId) {
                         QWidget* parent = QApplication::activeWindow();
                         if (!diagnosis.diagnose(parent, accountId))
                             accounts.showAccounts(parent);
                     });
    hongyan::ConsoleController console(*controller.accounts(), *controller.secrets());
    QObject::connect(&controller, &hongyan::AppController::consoleRequested, &console,
                     [&console] { console.show(); });
    QString error;
    if (!controller.start(parser.positionalArguments(), &error)) {
        auto* box = new QMessageBox(
            QMessageBox::Warning, QCoreApplication::translate("main", "Hongyan"),
            QCoreApplication::translate("main", "These could not be opened:"), QMessageBox::Ok);
        box->setInformativeText(error);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->show();
    }
    // A first start: the account set-up opens by itself, over the compose window.
    if (controller.accounts()->accounts().isEmpty() && !controller.composers().isEmpty())
        accounts.showAccounts(controller.composers().constFirst()->window());
    return QCoreApplication::exec();
}
