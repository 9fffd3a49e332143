// The diagnosis as the user sees it: DiagnosisController driving a DiagnosisWindow against
// a real server (aiosmtpd: every step passes) and scripted servers that fail one step each
// (the right step fails, with the explanation OutcomeExplainer gives for that outcome),
// and the certificate dialog whose Trust button pins the certificate with the account.

#include "accountstore.h"
#include "aiosmtpdserver.h"
#include "certificatedialog.h"
#include "diagnosiscontroller.h"
#include "diagnosiswindow.h"
#include "outcomeexplainer.h"
#include "scriptedserver.h"
#include "secretstore.h"
#include "testcertificates.h"
#include "transcriptpane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using hongyan::Account;
using hongyan::DiagnosisController;
using hongyan::DiagnosisWindow;
using Phase = smtp::Phase;
using StepResult = smtp::Diagnosis::StepResult;
using Reason = smtp::Outcome::Reason;

namespace {

// What the window shows once a run has finished.
struct Shown
{
    QMap<QString, QString> results; // step text → result text
    QString headline;
    QString explanation;
    smtp::Outcome outcome;
};

} // namespace

class TestDiagnosisWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void allStepsPassAgainstAiosmtpd_data();
    void allStepsPassAgainstAiosmtpd();
    void failingServer_data();
    void failingServer();
    void startTlsSettingsOnImplicitTlsPort();
    void checksWaitAsLongAsTheAccountSays();
    void untrustedCertificateThenPinThenDifferentCertificate();
    void cancelStopsTheRun();
    void failureHasRoomToBeRead();

private:
    // Waits for the run in `window` to finish and reads what it shows.
    std::optional<Shown> finish(DiagnosisWindow* window);
    Account loopbackAccount(quint16 port, smtp::Security security) const;

    testsupport::TestCertificates m_certificates;
    QTemporaryDir m_dir;
    std::unique_ptr<hongyan::AccountStore> m_store;
    std::unique_ptr<hongyan::SecretStore> m_secrets;
    std::unique_ptr<DiagnosisController> m_controller;
};

void TestDiagnosisWindow::initTestCase()
{
    QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
    QVERIFY(m_dir.isValid());
}

void TestDiagnosisWindow::init()
{
    m_store = std::make_unique<hongyan::AccountStore>(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".ini"_s));
    m_secrets = std::make_unique<hongyan::SecretStore>();
    m_controller = std::make_unique<DiagnosisController>(*m_store, *m_secrets);
    m_controller->setTimeouts(smtp::Timeouts::uniform(10s));
}

void TestDiagnosisWindow::cleanup()
{
    QList<QPointer<DiagnosisWindow>> windows;
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget* widget : widgets) {
        if (auto* window = qobject_cast<DiagnosisWindow*>(widget))
            windows.append(window);
    }
    for (const QPointer<DiagnosisWindow>& window : windows)
        delete window.data();
    m_controller.reset();
    m_secrets.reset();
    m_store.reset();
}

Account TestDiagnosisWindow::loopbackAccount(quint16 port, smtp::Security security) const
{
    Account account;
    account.name = u"Loopback"_s;
    account.address = u"tester@example.test"_s;
    account.host = u"127.0.0.1"_s;
    account.port = port;
    account.security = security;
    account.user = u"tester"_s;
    account.caFile = m_certificates.caFile();
    return account;
}

std::optional<Shown> TestDiagnosisWindow::finish(DiagnosisWindow* window)
{
    if (!window)
        return std::nullopt;
    auto* diagnosis = window->findChild<smtp::Diagnosis*>();
    auto* runButton = window->findChild<QPushButton*>(u"runButton"_s);
    if (!diagnosis || !runButton)
        return std::nullopt;
    // The outcome is taken from the engine; what the window shows is read from its widgets.
    std::optional<smtp::Outcome> outcome;
    const QMetaObject::Connection connection =
        connect(diagnosis, &smtp::Diagnosis::finished, this,
                [&outcome](const smtp::Outcome& finished) { outcome = finished; });
    const bool done =
        QTest::qWaitFor([&] { return outcome.has_value() && runButton->isEnabled(); }, 40000);
    disconnect(connection);
    if (!done)
        return std::nullopt;
    Shown shown;
    shown.outcome = *outcome;
    const auto* tree = window->findChild<QTreeWidget*>(u"stepTree"_s);
    for (int row = 0; row < tree->topLevelItemCount(); ++row)
        shown.results.insert(tree->topLevelItem(row)->text(0), tree->topLevelItem(row)->text(1));
    shown.headline = window->findChild<QLabel*>(u"headlineLabel"_s)->text();
    shown.explanation = window->findChild<QTextBrowser*>(u"explanationView"_s)->toPlainText();
    return shown;
}

void TestDiagnosisWindow::allStepsPassAgainstAiosmtpd_data()
{
    QTest::addColumn<bool>("implicitTls");
    QTest::newRow("STARTTLS") << false;
    QTest::newRow("implicit TLS") << true;
}

void TestDiagnosisWindow::allStepsPassAgainstAiosmtpd()
{
    QFETCH(bool, implicitTls);
    testsupport::AiosmtpdServer server;
    QVERIFY2(server.start(implicitTls ? u"implicit"_s : u"starttls"_s,
                          m_certificates.certificatePath(u"server"_s),
                          m_certificates.keyPath(u"server"_s), u"tester"_s, u"s3cret-密码"_s),
             qPrintable(server.errorString()));
    const Account account = loopbackAccount(server.port(), implicitTls ? smtp::Security::ImplicitTls
                                                                       : smtp::Security::StartTls);
    DiagnosisWindow* window = m_controller->diagnoseUnsaved(nullptr, account, u"s3cret-密码"_s, {});
    const auto shown = finish(window);
    QVERIFY(shown);
    QVERIFY2(shown->outcome.isSuccess(), qPrintable(shown->explanation));

    QList<Phase> expected{Phase::Resolve, Phase::Connect};
    expected += implicitTls ? QList<Phase>{Phase::TlsHandshake, Phase::Ehlo}
                            : QList<Phase>{Phase::Ehlo, Phase::StartTls};
    expected += {Phase::Auth, Phase::MailFrom};
    QCOMPARE(shown->results.size(), expected.size());
    for (const Phase step : expected)
        QCOMPARE(shown->results.value(hongyan::OutcomeExplainer::diagnosisStepText(step)),
                 DiagnosisWindow::resultText(StepResult::Passed));
    QVERIFY(shown->headline.contains(u"Every check passed"_s));
    QVERIFY(shown->explanation.contains(u"tester@example.test"_s));

    // Switching the language redoes the steps, the target and the explanation.
    QEvent languageChange(QEvent::LanguageChange);
    QApplication::sendEvent(window, &languageChange);
    QCOMPARE(window->findChild<QTreeWidget*>(u"stepTree"_s)->topLevelItem(0)->text(1),
             DiagnosisWindow::resultText(StepResult::Passed));
    QVERIFY(
        window->findChild<QLabel*>(u"targetLabel"_s)->text().contains(u"signing in as tester"_s));
    QCOMPARE(window->findChild<QLabel*>(u"headlineLabel"_s)->text(), shown->headline);

    // The transcript ran alongside, and it never shows the password.
    const QStringList lines = window->transcript()->visibleLines();
    QVERIFY(lines.join(u'\n').contains(u"EHLO"_s));
    QVERIFY(!lines.join(u'\n').contains(u"s3cret"_s));
    QVERIFY(window->findChild<QPushButton*>(u"certificateButton"_s)->isEnabled());
}

void TestDiagnosisWindow::failingServer_data()
{
    QTest::addColumn<QByteArray>("script");
    QTest::addColumn<int>("security");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<int>("failedStep");
    QTest::addColumn<int>("reason");
    QTest::addColumn<int>("code");

    const QByteArray greeting = "S: 220 mx.test ESMTP\nC~ EHLO .*\n";
    QTest::newRow("535 wrong password")
        << greeting + "S: 250-mx.test\nS: 250 AUTH PLAIN LOGIN\nC~ AUTH .*\n"
                      "S: 535 5.7.8 Error: authentication failed\nEND\n"
        << int(smtp::Security::Plain) << u"wrong"_s << int(Phase::Auth) << int(Reason::ServerReply)
        << 535;
    QTest::newRow("550 5.7.30 basic authentication disabled")
        << greeting + "S: 250-mx.test\nS: 250 AUTH LOGIN\nC~ AUTH .*\n"
                      "S: 550 5.7.30 Basic authentication is not supported for Client "
                      "Submission.\nEND\n"
        << int(smtp::Security::Plain) << u"pw"_s << int(Phase::Auth) << int(Reason::ServerReply)
        << 550;
    QTest::newRow("STARTTLS not offered")
        << greeting + "S: 250-mx.test\nS: 250 AUTH PLAIN\nEND\n"
        << int(smtp::Security::StartTls) << u"pw"_s << int(Phase::StartTls)
        << int(Reason::StartTlsNotOffered) << 0;
    QTest::newRow("530 5.7.0 authentication required")
        << greeting + "S: 250 mx.test\nC~ MAIL FROM:.*\n"
                      "S: 530 5.7.0 Authentication required\nEND\n"
        << int(smtp::Security::Plain) << QString() << int(Phase::MailFrom)
        << int(Reason::ServerReply) << 530;
    QTest::newRow("plain text on an SSL/TLS port")
        << QByteArray("S: 220 mx.test ESMTP\nSTALL\n") << int(smtp::Security::ImplicitTls)
        << u"pw"_s << int(Phase::TlsHandshake) << int(Reason::TlsHandshakeFailed) << 0;
}

void TestDiagnosisWindow::failingServer()
{
    QFETCH(QByteArray, script);
    QFETCH(int, security);
    QFETCH(QString, secret);
    QFETCH(int, failedStep);
    QFETCH(int, reason);
    QFETCH(int, code);

    testsupport::ScriptedServer server;
    QVERIFY2(server.load(script), qPrintable(server.failure()));
    QVERIFY(server.listen());
    Account account = loopbackAccount(server.port(), smtp::Security(security));
    account.allowPlaintextAuth = true; // loopback; the point is the server's answer
    if (secret.isEmpty())
        account.authMethod = smtp::AuthMethod::None;
    const auto shown = finish(m_controller->diagnoseUnsaved(nullptr, account, secret, {}));
    QVERIFY(shown);
    QCOMPARE(int(shown->outcome.reason), reason);
    QCOMPARE(shown->outcome.code, code);

    // Every step before the failing one passed, the failing one failed, the rest were not
    // reached.
    const QList<Phase> plan =
        smtp::Diagnosis::plannedSteps(account.sessionSettings(secret), !account.address.isEmpty());
    bool before = true;
    for (const Phase step : plan) {
        const QString shownResult =
            shown->results.value(hongyan::OutcomeExplainer::diagnosisStepText(step));
        if (int(step) == failedStep) {
            QCOMPARE(shownResult, DiagnosisWindow::resultText(StepResult::Failed));
            before = false;
        } else {
            QCOMPARE(shownResult, DiagnosisWindow::resultText(before ? StepResult::Passed
                                                                     : StepResult::Skipped));
        }
    }
    QVERIFY(!before);

    // The explanation is the one for this outcome, with the server's own words beside it.
    const hongyan::Explanation expected =
        hongyan::OutcomeExplainer::explain(shown->outcome, account.host);
    QVERIFY(!expected.headline.isEmpty());
    QCOMPARE(shown->headline, expected.headline);
    if (code != 0) {
        QVERIFY2(shown->explanation.contains(QString::number(code)),
                 qPrintable(shown->explanation));
        QVERIFY(shown->explanation.contains(shown->outcome.serverText.left(20)));
    }
}

void TestDiagnosisWindow::startTlsSettingsOnImplicitTlsPort()
{
    // STARTTLS chosen, but the port speaks TLS from the first byte (465): the server waits
    // for a handshake, the client for a greeting, and the explanation says why.
    testsupport::AiosmtpdServer server;
    QVERIFY2(server.start(u"implicit"_s, m_certificates.certificatePath(u"server"_s),
                          m_certificates.keyPath(u"server"_s), u"tester"_s, u"pw"_s),
             qPrintable(server.errorString()));
    m_controller->setTimeouts(smtp::Timeouts::uniform(2s));
    const auto shown = finish(m_controller->diagnoseUnsaved(
        nullptr, loopbackAccount(server.port(), smtp::Security::StartTls), u"pw"_s, {}));
    QVERIFY(shown);
    QCOMPARE(shown->outcome.reason, Reason::Timeout);
    QCOMPARE(shown->results.value(hongyan::OutcomeExplainer::diagnosisStepText(Phase::Connect)),
             DiagnosisWindow::resultText(StepResult::Passed));
    QCOMPARE(shown->results.value(hongyan::OutcomeExplainer::diagnosisStepText(Phase::Ehlo)),
             DiagnosisWindow::resultText(StepResult::Failed));
    QCOMPARE(shown->headline,
             hongyan::OutcomeExplainer::explain(shown->outcome, u"127.0.0.1"_s).headline);
    QVERIFY2(shown->explanation.contains(u"465"_s), qPrintable(shown->explanation));
}

void TestDiagnosisWindow::checksWaitAsLongAsTheAccountSays()
{
    // Issue 18, item 1: the diagnosis waited its own 30 s whatever the account's Timeout.
    // A server that takes MAIL FROM and never answers: the check ends after the account's
    // 2 s, the step failed and named.
    testsupport::ScriptedServer server;
    QVERIFY(server.load("S: 220 test.example ESMTP\nC~ EHLO .*\nS: 250 test.example\n"
                        "C~ MAIL FROM:.*\nSTALL\n"));
    QVERIFY(server.listen());
    DiagnosisController controller(*m_store, *m_secrets); // no limits of its own
    Account account = loopbackAccount(server.port(), smtp::Security::Plain);
    account.authMethod = smtp::AuthMethod::None;
    account.waitSeconds = 2;
    QElapsedTimer clock;
    clock.start();
    const auto shown = finish(controller.diagnose(nullptr, m_store->save(account)));
    QVERIFY(shown);
    QVERIFY2(clock.elapsed() < 8000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(shown->outcome.reason, Reason::Timeout);
    QCOMPARE(shown->results.value(hongyan::OutcomeExplainer::diagnosisStepText(Phase::MailFrom)),
             DiagnosisWindow::resultText(StepResult::Failed));
}

void TestDiagnosisWindow::untrustedCertificateThenPinThenDifferentCertificate()
{
    testsupport::AiosmtpdServer selfSigned;
    QVERIFY2(selfSigned.start(u"implicit"_s, m_certificates.certificatePath(u"self-signed"_s),
                              m_certificates.keyPath(u"self-signed"_s), u"tester"_s, u"pw"_s),
             qPrintable(selfSigned.errorString()));
    Account account = loopbackAccount(selfSigned.port(), smtp::Security::ImplicitTls);
    account.caFile.clear();
    account.authMethod = smtp::AuthMethod::None;
    const QString id = m_store->save(account);

    DiagnosisWindow* window = m_controller->diagnose(nullptr, id);
    auto shown = finish(window);
    QVERIFY(shown);
    QCOMPARE(shown->outcome.reason, Reason::CertificateUntrusted);
    QCOMPARE(
        shown->results.value(hongyan::OutcomeExplainer::diagnosisStepText(Phase::TlsHandshake)),
        DiagnosisWindow::resultText(StepResult::Failed));
    QCOMPARE(shown->headline,
             hongyan::OutcomeExplainer::explain(shown->outcome, u"127.0.0.1"_s).headline);

    // The certificate dialog names the certificate and the problem.
    auto* certificateButton = window->findChild<QPushButton*>(u"certificateButton"_s);
    QVERIFY(certificateButton->isEnabled());
    certificateButton->click();
    auto* dialog = window->findChild<hongyan::CertificateDialog*>();
    QVERIFY(dialog && dialog->isVisible());
    const QByteArray sha256 = m_certificates.sha256(u"self-signed"_s);
    const QString hex =
        smtp::CertificateSummary::fromCertificate(m_certificates.certificate(u"self-signed"_s))
            .sha256Hex();
    const QString details = dialog->findChild<QTextBrowser*>(u"detailsView"_s)->toPlainText();
    QVERIFY2(details.simplified().contains(hex.left(47) + u' ' + hex.mid(48)), qPrintable(details));
    QVERIFY(details.contains(u"CN=localhost"_s));
    QVERIFY(details.contains(u"IP:127.0.0.1"_s));
    QVERIFY(details.contains(u"self-signed"_s));
    QCOMPARE(dialog->findChild<QLabel*>(u"statusLabel"_s)->text(), shown->headline);
    QVERIFY(dialog->findChild<QLabel*>(u"problemsLabel"_s)->text().contains(u"self-signed"_s));

    // Trusting pins it with the account and checks again: now everything passes.
    auto* trust = dialog->findChild<QPushButton*>(u"trustButton"_s);
    QVERIFY(trust->text().contains(u"127.0.0.1:%1"_s.arg(selfSigned.port())));
    trust->click();
    QCOMPARE(m_store->account(id)->pinnedSha256, sha256);
    shown = finish(window);
    QVERIFY(shown);
    QVERIFY2(shown->outcome.isSuccess(), qPrintable(shown->explanation));
    QVERIFY(shown->outcome.tls.pinned);
    QVERIFY(!trust->isEnabled());

    // Another certificate at the same account fails again, as a changed certificate.
    testsupport::AiosmtpdServer other;
    QVERIFY2(other.start(u"implicit"_s, m_certificates.certificatePath(u"unknown-ca"_s),
                         m_certificates.keyPath(u"unknown-ca"_s), u"tester"_s, u"pw"_s),
             qPrintable(other.errorString()));
    Account moved = *m_store->account(id);
    moved.port = other.port();
    m_store->save(moved);
    window->findChild<QPushButton*>(u"runButton"_s)->click();
    shown = finish(window);
    QVERIFY(shown);
    QCOMPARE(shown->outcome.reason, Reason::CertificatePinMismatch);
    QCOMPARE(
        shown->results.value(hongyan::OutcomeExplainer::diagnosisStepText(Phase::TlsHandshake)),
        DiagnosisWindow::resultText(StepResult::Failed));
    QCOMPARE(shown->headline,
             hongyan::OutcomeExplainer::explain(shown->outcome, u"127.0.0.1"_s).headline);
    QCOMPARE(m_store->account(id)->pinnedSha256, sha256);
}

void TestDiagnosisWindow::cancelStopsTheRun()
{
    testsupport::ScriptedServer silent;
    QVERIFY(silent.load("STALL\n"));
    QVERIFY(silent.listen());
    DiagnosisWindow* window = m_controller->diagnoseUnsaved(
        nullptr, loopbackAccount(silent.port(), smtp::Security::StartTls), u"pw"_s, {});
    auto* cancel = window->findChild<QPushButton*>(u"cancelButton"_s);
    auto* diagnosis = window->findChild<smtp::Diagnosis*>();
    QSignalSpy finished(diagnosis, &smtp::Diagnosis::finished);
    // Connected, waiting for a greeting that never comes.
    QVERIFY(QTest::qWaitFor([&] { return silent.connectionCount() == 1; }, 5000));
    QVERIFY(cancel->isEnabled());
    cancel->click();
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(finished.first().at(0).value<smtp::Outcome>().category,
             smtp::Outcome::Category::Cancelled);
    QVERIFY(!cancel->isEnabled());
    QVERIFY(window->findChild<QPushButton*>(u"runButton"_s)->isEnabled());
    QCOMPARE(window->findChild<QLabel*>(u"headlineLabel"_s)->text(),
             hongyan::OutcomeExplainer::explain(finished.first().at(0).value<smtp::Outcome>(),
                                                u"127.0.0.1"_s)
                 .headline);
}

QTEST_MAIN(TestDiagnosisWindow)

// Issue 18, item 11: a long reason in the steps is wrapped, never cut, and the explanation
// grows with the window instead of needing scroll bars in two directions.
void TestDiagnosisWindow::failureHasRoomToBeRead()
{
    testsupport::AiosmtpdServer selfSigned;
    QVERIFY2(selfSigned.start(u"implicit"_s, m_certificates.certificatePath(u"self-signed"_s),
                              m_certificates.keyPath(u"self-signed"_s), u"tester"_s, u"pw"_s),
             qPrintable(selfSigned.errorString()));
    Account account = loopbackAccount(selfSigned.port(), smtp::Security::ImplicitTls);
    account.caFile.clear();
    account.authMethod = smtp::AuthMethod::None;
    DiagnosisWindow* window = m_controller->diagnose(nullptr, m_store->save(account));
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const auto shown = finish(window);
    QVERIFY(shown);
    QCOMPARE(shown->outcome.reason, Reason::CertificateUntrusted);
    const QRect available = window->screen()->availableGeometry();
    QVERIFY2(window->width() >= available.width() * 2 / 3,
             qPrintable(u"%1 of %2 px"_s.arg(window->width()).arg(available.width())));

    auto* tree = window->findChild<QTreeWidget*>(u"stepTree"_s);
    const auto detailFits = [tree] {
        for (int row = 0; row < tree->topLevelItemCount(); ++row) {
            const QModelIndex cell = tree->model()->index(row, 3);
            const QRect shownRect = tree->visualRect(cell);
            const QRect needed =
                tree->fontMetrics().boundingRect(QRect(0, 0, shownRect.width() - 10, 100000),
                                                 Qt::TextWordWrap, cell.data().toString());
            if (needed.height() > shownRect.height() || tree->verticalScrollBar()->maximum() > 0)
                return false;
        }
        return true;
    };
    // Narrow enough that the certificate's reason cannot be on one line.
    window->resize(560, window->height());
    QTRY_VERIFY(detailFits());
    window->resize(available.width() * 3 / 4, window->height());
    QTRY_VERIFY(detailFits());

    auto* explanation = window->findChild<QTextBrowser*>(u"explanationView"_s);
    QVERIFY(explanation->isVisible());
    QCOMPARE(explanation->horizontalScrollBar()->maximum(), 0);
    window->resize(window->width(), available.height() / 2);
    QApplication::processEvents();
    const int small = explanation->height();
    window->resize(window->width(), available.height());
    QTRY_VERIFY2(explanation->height() > small + available.height() / 5,
                 qPrintable(u"%1 → %2 px"_s.arg(small).arg(explanation->height())));
}

#include "tst_diagnosiswindow.moc"
