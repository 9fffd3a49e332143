// Direct delivery in the GUI (issue #8): an account of that type made in the account editor,
// a message composed to two domains whose MX records dnsmasq serves, delivered by aiosmtpd
// on port 25 of loopback addresses of their own, with the result per domain; a greylisting
// domain (451 to RCPT) leaves the message deferred in the outbox with its next attempt, and
// the schedule, once due, delivers it; the diagnosis of a direct-delivery account follows
// the MX route and explains a port 25 that never answers. Needs root (port 53 and port 25),
// as CI runs it. HONGYAN_DNS_SERVER points direct delivery at the test's dnsmasq.
#include "accounteditor.h"
#include "accountscontroller.h"
#include "accountstore.h"
#include "appcontroller.h"
#include "blackholelistener.h"
#include "composecontroller.h"
#include "composeform.h"
#include "deliverytest.h"
#include "diagnosiscontroller.h"
#include "diagnosiswindow.h"
#include "failuredialog.h"
#include "mainwindow.h"
#include "mxhostprocess.h"
#include "notificationbar.h"
#include "outbox.h"
#include "outboxcontroller.h"
#include "outboxmodel.h"
#include "outboxwindow.h"
#include "outcomeexplainer.h"
#include "passworddialog.h"
#include "recipientedit.h"
#include "sentfolder.h"
#include "testrequirement.h"
#include "transcriptmodel.h"
#include "transcriptpane.h"

#include <QApplication>
#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace hongyan;
using testsupport::MxHostProcess;

namespace {

template <typename T>
T* visibleTopLevel()
{
    const QWidgetList widgets = QApplication::topLevelWidgets();
    for (QWidget* widget : widgets) {
        if (auto* match = qobject_cast<T*>(widget); match && match->isVisible())
            return match;
    }
    return nullptr;
}

template <typename T>
T* child(QWidget* parent, const char* name)
{
    return parent->findChild<T*>(QString::fromLatin1(name));
}

QStringList transcriptLines(TranscriptPane* pane)
{
    TranscriptModel* model = pane->model();
    model->flush();
    QStringList lines;
    for (int row = 0; row < model->rowCount(); ++row)
        lines.append(model->lineText(model->record(row)));
    return lines;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Account directAccount()
{
    Account account;
    account.name = u"Direct"_s;
    account.address = u"alice@sender.test"_s;
    account.displayName = u"Alice"_s;
    account.kind = Account::Kind::DirectDelivery;
    account.ehloName = u"client.test"_s;
    return account;
}

// Types the message into the compose window and presses Send.
void composeAndSend(MainWindow* window, const QString& to, const QString& subject)
{
    ComposeForm* form = window->composeForm();
    QTest::keyClicks(form->toEdit(), to);
    QTest::keyClicks(form->subjectEdit(), subject);
    QTest::mouseClick(form->sendButton(), Qt::LeftButton);
}

} // namespace

class TestDirectDeliveryGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { HY_REQUIRE(deliverytest::runningAsRoot(), deliverytest::NeedsRoot); }

    void init()
    {
        QSettings().clear();
        QSettings().sync();
        for (const QString& dir : {Outbox::defaultDirectory(), SentFolder::defaultDirectory()})
            QDir(dir).removeRecursively();
    }

    void cleanup()
    {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget* widget : widgets) {
            if (qobject_cast<QDialog*>(widget))
                widget->deleteLater();
        }
        QCoreApplication::processEvents();
        qunsetenv("HONGYAN_DNS_SERVER");
    }

    void deliversToTwoDomains()
    {
        MxHostProcess alpha;
        QVERIFY2(alpha.start(u"delivery/mx_aiosmtpd.py"_s, u"mx.alpha.test"_s),
                 qPrintable(alpha.errorString()));
        MxHostProcess beta;
        QVERIFY2(beta.start(u"delivery/mx_aiosmtpd.py"_s, u"mx.beta.test"_s),
                 qPrintable(beta.errorString()));
        testsupport::Dnsmasq dns;
        QVERIFY2(dns.start({deliverytest::mxRecord(u"alpha.test"_s, u"mx.alpha.test"_s, 10),
                            deliverytest::hostRecord(u"mx.alpha.test"_s, {alpha.address()}),
                            deliverytest::mxRecord(u"beta.test"_s, u"mx.beta.test"_s, 10),
                            deliverytest::hostRecord(u"mx.beta.test"_s, {beta.address()})}),
                 qPrintable(dns.errorString()));
        qputenv("HONGYAN_DNS_SERVER", dns.address().toString().toLatin1());

        AppController app;
        DiagnosisController diagnosis(*app.accounts(), *app.secrets());
        AccountsController accounts(*app.accounts(), *app.secrets(), diagnosis);
        QVERIFY(app.start({}));
        MainWindow* window = app.composers().first()->window();

        // The account editor: the type selector hides everything direct delivery does not use
        // and says what it needs.
        AccountEditor* editor = accounts.addAccount(window);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        auto* pages = child<QTabWidget>(editor, "pages");
        QVERIFY(child<QLineEdit>(editor, "passwordEdit")->isVisible());
        QTest::keyClicks(child<QLineEdit>(editor, "addressEdit"), u"alice@sender.test"_s);
        pages->setCurrentWidget(child<QWidget>(editor, "serverPage"));
        QVERIFY(child<QGroupBox>(editor, "serverGroup")->isVisible());
        QVERIFY(!child<QGroupBox>(editor, "directGroup")->isVisible());
        child<QComboBox>(editor, "kindCombo")->setCurrentIndex(1);
        QVERIFY(!child<QGroupBox>(editor, "serverGroup")->isVisible());
        QVERIFY(!child<QGroupBox>(editor, "signInGroup")->isVisible());
        QVERIFY(child<QGroupBox>(editor, "directGroup")->isVisible());
        pages->setCurrentWidget(child<QWidget>(editor, "basicsPage"));
        QVERIFY(!child<QPushButton>(editor, "detectButton")->isVisible());
        QVERIFY(!child<QLineEdit>(editor, "passwordEdit")->isVisible());
        QVERIFY(child<QLabel>(editor, "serverSummaryLabel")->text().contains(u"Directly"_s));
        pages->setCurrentWidget(child<QWidget>(editor, "serverPage"));
        QVERIFY(child<QLabel>(editor, "directNoteLabel")->text().contains(u"port 25"_s));
        QVERIFY(!child<QCheckBox>(editor, "requireTlsCheck")->isChecked());
        child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Save)->click();
        QTRY_COMPARE_WITH_TIMEOUT(app.accounts()->accounts().size(), 1, 5000);
        const Account saved = app.accounts()->accounts().constFirst();
        QCOMPARE(saved.kind, Account::Kind::DirectDelivery);
        QVERIFY(!saved.requireTls);
        QTRY_COMPARE(window->composeForm()->accountId(), saved.id);

        composeAndSend(window, u"bob@alpha.test, carol@beta.test, dave@alpha.test"_s,
                       u"Two domains"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!app.composers().first()->isSending(), 30000);
        const QString transcript = transcriptLines(window->transcriptPane()).join(u'\n');
        QVERIFY2(!visibleTopLevel<FailureDialog>(), qPrintable(transcript));

        // The result per domain: which server took it, with its queue id.
        NotificationBar* bar = window->notificationBar();
        QCOMPARE(bar->kind(), NotificationBar::Kind::Success);
        QVERIFY2(bar->text().contains(u"alpha.test by mx.alpha.test (queue id MX0001)"_s),
                 qPrintable(bar->text()));
        QVERIFY2(bar->text().contains(u"beta.test by mx.beta.test (queue id MX0001)"_s),
                 qPrintable(bar->text()));

        // What arrived: one copy per domain, each with its own recipients, byte for byte the
        // message kept in the Sent folder.
        QCOMPARE(alpha.messageCount(), 1);
        QCOMPARE(beta.messageCount(), 1);
        QCOMPARE(alpha.recipients(1), (QStringList{u"bob@alpha.test"_s, u"dave@alpha.test"_s}));
        QCOMPARE(beta.recipients(1), QStringList{u"carol@beta.test"_s});
        QCOMPARE(alpha.envelope(1).value(u"mail_from"_s).toString(), u"alice@sender.test"_s);
        const QStringList sent = QDir(SentFolder::defaultDirectory()).entryList({u"*.eml"_s});
        QCOMPARE(sent.size(), 1);
        const QByteArray original = readFile(SentFolder::defaultDirectory() + u'/' + sent.first());
        QVERIFY(original.contains("Subject: Two domains\r\n"));
        QCOMPARE(alpha.message(1), original);
        QCOMPARE(beta.message(1), original);
        QVERIFY(app.outbox()->entries().isEmpty());
        QVERIFY(transcript.contains(u"Looking up the mail servers of alpha.test"_s));
    }

    void greylistedDomainWaitsAndIsRetried()
    {
        MxHostProcess alpha;
        QVERIFY2(alpha.start(u"delivery/mx_aiosmtpd.py"_s, u"mx.alpha.test"_s),
                 qPrintable(alpha.errorString()));
        MxHostProcess grey;
        QVERIFY2(grey.start(u"gui/mx_greylist.py"_s, u"mx.grey.test"_s),
                 qPrintable(grey.errorString()));
        testsupport::Dnsmasq dns;
        QVERIFY2(dns.start({deliverytest::mxRecord(u"alpha.test"_s, u"mx.alpha.test"_s, 10),
                            deliverytest::hostRecord(u"mx.alpha.test"_s, {alpha.address()}),
                            deliverytest::mxRecord(u"grey.test"_s, u"mx.grey.test"_s, 10),
                            deliverytest::hostRecord(u"mx.grey.test"_s, {grey.address()})}),
                 qPrintable(dns.errorString()));
        qputenv("HONGYAN_DNS_SERVER", dns.address().toString().toLatin1());

        AppController app;
        const QString accountId = app.accounts()->save(directAccount());
        QVERIFY(app.start({}));
        ComposeController* composer = app.composers().first();
        MainWindow* window = composer->window();
        QTRY_COMPARE(window->composeForm()->accountId(), accountId);
        composeAndSend(window, u"bob@alpha.test, gina@grey.test"_s, u"Greylisted"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!composer->isSending(), 30000);

        // Partly delivered: the dialog says so per domain and per recipient.
        FailureDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = visibleTopLevel<FailureDialog>()) != nullptr);
        auto* domains = child<QTableWidget>(dialog, "domainsTable");
        QVERIFY(domains->isVisible());
        QCOMPARE(domains->rowCount(), 2);
        QCOMPARE(domains->item(0, 0)->text(), u"alpha.test"_s);
        QCOMPARE(domains->item(0, 1)->text(), u"mx.alpha.test"_s);
        QCOMPARE(domains->item(0, 2)->text(),
                 OutcomeExplainer::categoryText(smtp::Outcome::Category::Delivered));
        QCOMPARE(domains->item(1, 0)->text(), u"grey.test"_s);
        QCOMPARE(domains->item(1, 2)->text(),
                 OutcomeExplainer::categoryText(smtp::Outcome::Category::Temporary));
        QCOMPARE(domains->item(1, 3)->text(), u"451 4.7.1"_s);
        QVERIFY(domains->item(1, 4)->text().contains(u"Greylisted"_s));
        auto* recipients = child<QTableWidget>(dialog, "recipientsTable");
        QCOMPARE(recipients->rowCount(), 2);
        const QString waiting = child<QLabel>(dialog, "outboxLabel")->text();
        QVERIFY2(waiting.contains(u"tried again on its own"_s), qPrintable(waiting));
        QCOMPARE(alpha.messageCount(), 1);
        QCOMPARE(grey.messageCount(), 0);

        // In the outbox: deferred, for the greylisted recipient only, next attempt in 5 min.
        QList<OutboxEntry> entries = app.outbox()->entries();
        QCOMPARE(entries.size(), 1);
        OutboxEntry entry = entries.constFirst();
        QCOMPARE(entry.status, OutboxEntry::Status::Deferred);
        QCOMPARE(entry.envelope.recipients, QStringList{u"gina@grey.test"_s});
        QCOMPARE(entry.deferrals, 1);
        QVERIFY(entry.nextAttempt.isValid());
        const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(entry.nextAttempt);
        QVERIFY2(wait > 4 * 60 && wait <= 5 * 60, qPrintable(QString::number(wait)));
        QVERIFY(entry.lastError);
        QCOMPARE(entry.lastError->code, 451);
        QVERIFY(OutcomeExplainer::explain(*entry.lastError, entry.lastErrorHost)
                    .details.contains(u"greylisting"_s));
        QCOMPARE(app.outboxController()->nextScheduledRetry(), entry.nextAttempt);

        // The outbox window shows when it is tried next.
        app.showOutbox(entry.id);
        OutboxWindow* outboxWindow = app.outboxController()->window();
        QVERIFY(QTest::qWaitForWindowExposed(outboxWindow));
        OutboxModel* model = app.outboxController()->model();
        const QString next = model->index(0, OutboxModel::NextAttemptColumn).data().toString();
        QVERIFY2(next == QLocale().toString(entry.nextAttempt.toLocalTime(), QLocale::ShortFormat),
                 qPrintable(next));
        const QString details = child<QTextBrowser>(outboxWindow, "detailsBrowser")->toPlainText();
        QVERIFY2(details.contains(u"Next attempt:"_s), qPrintable(details));
        QVERIFY2(details.contains(u"(in 5 minute"_s), qPrintable(details));
        QVERIFY2(details.contains(u"gina@grey.test"_s), qPrintable(details));

        // Time passes: the entry's next attempt is now. The schedule sends it on its own.
        entry.nextAttempt = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(app.outbox()->update(entry));
        QTRY_VERIFY_WITH_TIMEOUT(app.outbox()->entries().isEmpty(), 30000);
        QTRY_VERIFY(!app.outboxController()->isRetrying());
        QCOMPARE(grey.messageCount(), 1);
        QCOMPARE(grey.recipients(1), QStringList{u"gina@grey.test"_s});
        QCOMPARE(grey.message(1), alpha.message(1));
        QCOMPARE(alpha.messageCount(), 1); // nobody gets it twice
        const QStringList lines = transcriptLines(outboxWindow->transcriptPane());
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString& line) {
            return line.contains(u"Automatic retry"_s);
        }));
        QVERIFY(!app.outboxController()->nextScheduledRetry().isValid());
    }

    void diagnosisFollowsTheMxRoute()
    {
        // The MX host is named "localhost": the diagnosis looks its name up once more with
        // the system's resolver (smtp::Diagnosis), and only that name resolves there too.
        MxHostProcess mx;
        QVERIFY2(mx.start(u"delivery/mx_aiosmtpd.py"_s, u"mx.open.test"_s),
                 qPrintable(mx.errorString()));
        testsupport::BlackholeListener silent;
        QVERIFY(deliverytest::blackholePort25(silent));
        testsupport::Dnsmasq dns;
        QVERIFY2(dns.start({deliverytest::mxRecord(u"open.test"_s, u"localhost"_s, 10),
                            deliverytest::hostRecord(u"localhost"_s, {mx.address()})}),
                 qPrintable(dns.errorString()));
        qputenv("HONGYAN_DNS_SERVER", dns.address().toString().toLatin1());

        QTemporaryDir settings;
        AccountStore store(settings.filePath(u"accounts.ini"_s));
        SecretStore secrets;
        const QString id = store.save(directAccount());
        DiagnosisController diagnosis(store, secrets);
        smtp::Timeouts timeouts = DiagnosisController::defaultTimeouts();
        timeouts.connect = 1s;
        diagnosis.setTimeouts(timeouts);

        DiagnosisWindow* window = diagnosis.diagnose(nullptr, id);
        QVERIFY(window);
        answerDomain(u"open.test"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(window, "headlineLabel")
                ->text()
                .contains(u"Port 25 is open, but this server does not encrypt"_s),
            20000);
        const QString target = child<QLabel>(window, "targetLabel")->text();
        QVERIFY2(target.contains(u"open.test"_s) && target.contains(u"port 25"_s),
                 qPrintable(target));
        QStringList lines = transcriptLines(window->transcript());
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [&mx](const QString& line) {
            return line.contains(u"Mail server localhost (preference 10): "_s +
                                 mx.address().toString());
        }));
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString& line) {
            return line.contains(u"MAIL FROM:<alice@sender.test>"_s);
        }));
        QCOMPARE(mx.messageCount(), 0); // nothing was sent
        window->close();

        // The same check where port 25 never answers: a blocked outgoing port 25.
        testsupport::Dnsmasq blockedDns;
        QVERIFY2(blockedDns.start({deliverytest::mxRecord(u"blocked.test"_s, u"localhost"_s, 10),
                                   deliverytest::hostRecord(u"localhost"_s, {silent.address()})}),
                 qPrintable(blockedDns.errorString()));
        qputenv("HONGYAN_DNS_SERVER", blockedDns.address().toString().toLatin1());
        window = diagnosis.diagnose(nullptr, id);
        answerDomain(u"blocked.test"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(window, "headlineLabel")->text().contains(u"port 25"_s), 20000);

        // A domain without mail servers fails at the route, with nothing tried.
        window->close();
        window = diagnosis.diagnose(nullptr, id);
        answerDomain(u"nowhere.test"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(window, "headlineLabel")->text().contains(u"No mail server was found"_s),
            20000);
        window->close();
    }

    void requireTlsIsKept()
    {
        AppController app;
        DiagnosisController diagnosis(*app.accounts(), *app.secrets());
        AccountsController accounts(*app.accounts(), *app.secrets(), diagnosis);
        Account account = directAccount();
        account.requireTls = true;
        const QString id = app.accounts()->save(account);
        QVERIFY(app.accounts()->account(id)->requireTls);
        QCOMPARE(app.accounts()->account(id)->kind, Account::Kind::DirectDelivery);
        // STARTTLS required on every hop, certificate checked: no opportunistic fallback.
        QCOMPARE(app.accounts()->account(id)->sessionSettings({}).security,
                 smtp::Security::StartTls);
        QVERIFY(app.accounts()->account(id)->directDeliveryOptions().requireTls);

        AccountEditor* editor = accounts.editAccount(nullptr, id);
        QVERIFY(editor);
        QCOMPARE(child<QComboBox>(editor, "kindCombo")->currentIndex(), 1);
        auto* requireTls = child<QCheckBox>(editor, "requireTlsCheck");
        QVERIFY(requireTls->isChecked());
        requireTls->setChecked(false);
        child<QDialogButtonBox>(editor, "buttonBox")->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(!app.accounts()->account(id)->requireTls);
        QCOMPARE(app.accounts()->account(id)->sessionSettings({}).security,
                 smtp::Security::Opportunistic);
    }

    void automaticRetryNeverAsksForAPassword()
    {
        // A deferred message of an account that signs in, and no keychain: the schedule
        // does not pop up a password prompt; the message waits for the user's Retry.
        AppController app;
        Account account = directAccount();
        account.kind = Account::Kind::Submission;
        account.host = u"127.0.0.1"_s;
        account.port = 1;
        account.user = u"alice"_s;
        const QString accountId = app.accounts()->save(account);
        QVERIFY(app.start({}));
        MainWindow* window = app.composers().first()->window();

        OutboxEntry entry;
        entry.accountId = accountId;
        entry.envelope.sender = u"alice@sender.test"_s;
        entry.envelope.recipients = {u"bob@alpha.test"_s};
        entry.subject = u"Waiting"_s;
        auto message = std::make_shared<QBuffer>();
        message->setData("Subject: Waiting\r\n\r\nBody\r\n");
        message->open(QIODevice::ReadOnly);
        std::optional<OutboxEntry> stored;
        app.outbox()->add(
            entry, message,
            [&stored](const std::optional<OutboxEntry>& e, const QString&) { stored = e; });
        QTRY_VERIFY(stored.has_value());
        stored->status = OutboxEntry::Status::Deferred;
        stored->deferrals = 1;
        stored->nextAttempt = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(app.outbox()->update(*stored));

        QTRY_VERIFY_WITH_TIMEOUT(!app.outbox()->entry(stored->id)->nextAttempt.isValid(), 10000);
        QTRY_VERIFY(!app.outboxController()->isRetrying());
        QVERIFY(!visibleTopLevel<PasswordDialog>());
        const OutboxEntry after = *app.outbox()->entry(stored->id);
        QCOMPARE(after.status, OutboxEntry::Status::Deferred);
        QCOMPARE(after.attempts, 0); // nothing was sent
        QVERIFY2(window->notificationBar()->text().contains(u"password"_s),
                 qPrintable(window->notificationBar()->text()));
        QVERIFY(!app.outboxController()->nextScheduledRetry().isValid());
    }

private:
    static void answerDomain(const QString& domain)
    {
        QInputDialog* question = nullptr;
        QTRY_VERIFY((question = visibleTopLevel<QInputDialog>()) != nullptr);
        QVERIFY(question->labelText().contains(u"port 25"_s));
        question->setTextValue(domain);
        question->accept();
    }
};

int main(int argc, char* argv[])
{
    // Each run gets its own data and settings (parallel ctest, nothing left behind).
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u"data"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s)));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Hongyan"_s);
    QApplication::setApplicationName(u"hongyan"_s);
    TestDirectDeliveryGui test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_directdelivery_gui.moc"
