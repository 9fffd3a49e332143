// The SMTP console (issue #10) driven like a person would, against aiosmtpd with STARTTLS
// and AUTH: connect with a saved account (the password typed into the prompt, as there is
// no keychain here), EHLO, STARTTLS, EHLO again, Authenticate, NOOP, VRFY, RSET, a message
// with DATA, QUIT; every reply explained in the transcript, the password never in it, lines
// with line breaks and typed AUTH credentials refused, and closing the window says QUIT.
#include "accountstore.h"
#include "aiosmtpdserver.h"
#include "consolecontroller.h"
#include "consoledatadialog.h"
#include "consolewindow.h"
#include "passworddialog.h"
#include "replycodecatalogue.h"
#include "secretstore.h"
#include "testcertificates.h"
#include "transcriptmodel.h"
#include "transcriptpane.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace hongyan;
using testsupport::AiosmtpdServer;

namespace {

const QString User = u"alice"_s;
const QString Password = u"correct horse 电池"_s;

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

bool containsLine(const QStringList& lines, const QString& part)
{
    return std::any_of(lines.cbegin(), lines.cend(),
                       [&part](const QString& line) { return line.contains(part); });
}

} // namespace

class TestConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
    }

    void init()
    {
        m_settings = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<AccountStore>(m_settings->filePath(u"accounts.ini"_s));
    }

    void cleanup()
    {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget* widget : widgets)
            widget->deleteLater();
        QCoreApplication::processEvents();
        m_store.reset();
    }

    void sessionAgainstAiosmtpd()
    {
        AiosmtpdServer server;
        QVERIFY2(server.start(u"starttls"_s, m_certificates.certificatePath(u"server"_s),
                              m_certificates.keyPath(u"server"_s), User, Password),
                 qPrintable(server.errorString()));
        Account account;
        account.name = u"Test server"_s;
        account.address = u"alice@example.com"_s;
        account.host = u"127.0.0.1"_s;
        account.port = server.port();
        account.security = smtp::Security::StartTls;
        account.caFile = m_certificates.caFile();
        account.user = User;
        const QString accountId = m_store->save(account);
        m_store->setDefaultAccountId(accountId);

        SecretStore secrets;
        ConsoleController console(*m_store, secrets);
        ConsoleWindow* window = console.show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto* accountCombo = child<QComboBox>(window, "accountCombo");
        QCOMPARE(accountCombo->currentData().toString(), accountId);
        QVERIFY(!child<QLineEdit>(window, "hostEdit")->isVisible()); // the account's server
        QVERIFY(!child<QPushButton>(window, "sendButton")->isEnabled());

        // No keychain: the password is asked for, for this session only.
        child<QPushButton>(window, "connectButton")->click();
        PasswordDialog* prompt = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((prompt = visibleTopLevel<PasswordDialog>()) != nullptr, 20000);
        QLineEdit* passwordEdit = child<QLineEdit>(prompt, "passwordEdit");
        QInputMethodEvent typed;
        typed.setCommitString(Password);
        QApplication::sendEvent(passwordEdit, &typed);
        prompt->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QTRY_COMPARE_WITH_TIMEOUT(window->connection(), ConsoleWindow::Connection::Ready, 15000);
        TranscriptPane* pane = window->transcriptPane();
        QVERIFY(containsLine(transcriptLines(pane), u"<- 220 "_s));
        QVERIFY(containsLine(transcriptLines(pane), ReplyCodeCatalogue::explainCode(220)));
        auto* capabilities = child<QLabel>(window, "capabilitiesLabel");
        QVERIFY(!capabilities->text().contains(u"STARTTLS"_s));

        // EHLO from the command line, typed; the reply is explained.
        QLineEdit* command = child<QLineEdit>(window, "commandEdit");
        QVERIFY(type(window, u"EHLO client.test"_s));
        QStringList lines = transcriptLines(pane);
        QVERIFY(containsLine(lines, u"-> EHLO client.test"_s));
        QVERIFY(containsLine(lines, u"<- 250-STARTTLS"_s));
        QVERIFY(containsLine(lines, u"250: "_s + ReplyCodeCatalogue::explainCode(250)));
        QVERIFY2(capabilities->text().contains(u"STARTTLS"_s), qPrintable(capabilities->text()));

        // The server wants TLS before anything else: AUTH in the clear is refused by us.
        child<QPushButton>(window, "authButton")->click();
        QVERIFY(waitReady(window));
        QVERIFY(!containsLine(transcriptLines(pane), u"-> AUTH"_s));

        // STARTTLS: certificate verified, what was learnt before forgotten.
        child<QPushButton>(window, "startTlsButton")->click();
        QVERIFY(waitReady(window));
        lines = transcriptLines(pane);
        QVERIFY(containsLine(lines, u"-> STARTTLS"_s));
        QVERIFY(containsLine(lines, u"<- 220"_s));
        QVERIFY(containsLine(lines, u"Certificate verified for 127.0.0.1"_s));
        QVERIFY(containsLine(lines, u"forgotten"_s));
        QVERIFY2(!capabilities->text().contains(u"STARTTLS"_s), qPrintable(capabilities->text()));
        QVERIFY2(child<QLabel>(window, "statusLabel")->text().contains(u"certificate verified"_s),
                 qPrintable(child<QLabel>(window, "statusLabel")->text()));

        // EHLO again, from the button, now inside TLS.
        child<QPushButton>(window, "ehloButton")->click();
        QVERIFY(waitReady(window));
        lines = transcriptLines(pane);
        QVERIFY(containsLine(lines, u"~> EHLO "_s));
        QVERIFY(containsLine(lines, u"<~ 250-AUTH"_s));

        // A typed AUTH with credentials is refused before it goes anywhere.
        const int before = int(transcriptLines(pane).size());
        QVERIFY(type(window, u"AUTH PLAIN AGFsaWNlAHNlY3JldA=="_s));
        lines = transcriptLines(pane).mid(before);
        QVERIFY(!containsLine(lines, u"~> AUTH"_s));
        QVERIFY(containsLine(lines, u"type AUTH alone"_s));

        // Authenticate: the engine's SASL with the account's credentials, redacted.
        child<QPushButton>(window, "authButton")->click();
        QVERIFY(waitReady(window));
        lines = transcriptLines(pane);
        QVERIFY(containsLine(lines, u"~> AUTH "_s));
        QVERIFY(containsLine(lines, u"<~ 235"_s));
        QVERIFY(containsLine(lines, u"Authenticated as alice"_s));
        QVERIFY(containsLine(lines, u"235 2.7.0: "_s));

        // NOOP, VRFY, RSET: each answered and explained.
        child<QPushButton>(window, "noopButton")->click();
        QVERIFY(waitReady(window));
        QVERIFY(containsLine(transcriptLines(pane), u"~> NOOP"_s));
        child<QPushButton>(window, "vrfyButton")->click();
        QCOMPARE(command->text(), u"VRFY "_s);
        QTest::keyClicks(command, u"alice"_s);
        QVERIFY(submit(window));
        lines = transcriptLines(pane);
        QVERIFY(containsLine(lines, u"~> VRFY alice"_s));
        QVERIFY(containsLine(lines, u"<~ 252"_s));
        QVERIFY(containsLine(lines, u"252: "_s));
        child<QPushButton>(window, "rsetButton")->click();
        QVERIFY(waitReady(window));
        QVERIFY(containsLine(transcriptLines(pane), u"~> RSET"_s));

        // A line break in a command line never reaches the server.
        const int beforeSmuggling = int(transcriptLines(pane).size());
        command->setText(u"NOOP\nRSET"_s);
        QVERIFY(submit(window));
        lines = transcriptLines(pane).mid(beforeSmuggling);
        QVERIFY(containsLine(lines, u"line break"_s));
        QVERIFY(!containsLine(lines, u"~> NOOP"_s));

        // A message: MAIL FROM from its button, RCPT TO typed, DATA in the editor with a line
        // that starts with a dot (dot-stuffed on the wire, exact on arrival).
        child<QPushButton>(window, "mailFromButton")->click();
        QCOMPARE(command->text(), u"MAIL FROM:<alice@example.com>"_s);
        QVERIFY(submit(window));
        QVERIFY(type(window, u"RCPT TO:<bob@example.org>"_s));
        child<QPushButton>(window, "dataButton")->click();
        ConsoleDataDialog* editor = nullptr;
        QTRY_VERIFY((editor = visibleTopLevel<ConsoleDataDialog>()) != nullptr);
        const QString header = editor->text();
        QVERIFY2(header.contains(u"From: <alice@example.com>"_s), qPrintable(header));
        QVERIFY2(header.contains(u"To: <bob@example.org>"_s), qPrintable(header));
        child<QPlainTextEdit>(editor, "textEdit")
            ->setPlainText(header + u"Hello Bob.\n.a line that starts with a dot\n."_s);
        editor->findChild<QDialogButtonBox*>()->buttons().constFirst()->click();
        QVERIFY(waitReady(window));
        lines = transcriptLines(pane);
        QVERIFY(containsLine(lines, u"~> DATA"_s));
        QVERIFY(containsLine(lines, u"<~ 354"_s));
        QVERIFY(containsLine(lines, u"queued as HY0001"_s));
        QTRY_COMPARE(server.messageCount(), 1);
        QFile arrived(server.messagePath(1));
        QVERIFY(arrived.open(QIODevice::ReadOnly));
        const QByteArray bytes = arrived.readAll();
        QVERIFY2(bytes.contains("\r\nHello Bob.\r\n.a line that starts with a dot\r\n.\r\n"),
                 bytes.constData());

        // History: ↑ brings back the last line typed or made by a button.
        command->clear();
        command->setFocus();
        QTest::keyClick(command, Qt::Key_Up);
        QCOMPARE(command->text(), u"DATA"_s);
        QTest::keyClick(command, Qt::Key_Up);
        QCOMPARE(command->text(), u"RCPT TO:<bob@example.org>"_s);
        QTest::keyClick(command, Qt::Key_Down);
        QTest::keyClick(command, Qt::Key_Down);
        QCOMPARE(command->text(), QString());
        // Completion offers the verbs.
        command->completer()->setCompletionPrefix(u"ex"_s);
        QCOMPARE(command->completer()->currentCompletion(), u"EXPN "_s);

        // The password is nowhere: not as typed, not in base64 (PLAIN or LOGIN).
        const QString all = transcriptLines(pane).join(u'\n');
        QVERIFY(!all.contains(Password));
        QVERIFY(!all.contains(QString::fromLatin1(Password.toUtf8().toBase64())));
        QVERIFY(!all.contains(QString::fromLatin1(
            (QByteArray(1, '\0') + User.toUtf8() + QByteArray(1, '\0') + Password.toUtf8())
                .toBase64())));

        // QUIT: 221, explained, disconnected.
        child<QPushButton>(window, "quitButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(window->connection(), ConsoleWindow::Connection::Disconnected,
                                  10000);
        lines = transcriptLines(pane);
        QVERIFY(containsLine(lines, u"~> QUIT"_s));
        QVERIFY(containsLine(lines, u"<~ 221"_s));
        QVERIFY(child<QPushButton>(window, "connectButton")->isEnabled());
        QVERIFY(!child<QPushButton>(window, "noopButton")->isEnabled());
    }

    void closingTheWindowSaysQuit()
    {
        AiosmtpdServer server;
        QVERIFY2(server.start(u"starttls"_s, m_certificates.certificatePath(u"server"_s),
                              m_certificates.keyPath(u"server"_s), User, Password),
                 qPrintable(server.errorString()));
        SecretStore secrets;
        ConsoleController console(*m_store, secrets);
        ConsoleWindow* window = console.show();
        // No account: a server typed in, plain (the server offers STARTTLS).
        auto* accountCombo = child<QComboBox>(window, "accountCombo");
        QCOMPARE(accountCombo->count(), 1);
        QVERIFY(accountCombo->currentData().toString().isEmpty());
        auto* host = child<QLineEdit>(window, "hostEdit");
        QVERIFY(host->isEnabled());
        QTest::keyClicks(host, u"127.0.0.1"_s);
        auto* port = child<QSpinBox>(window, "portSpin");
        port->setValue(server.port());
        child<QLineEdit>(window, "userEdit")->setText(User);
        child<QLineEdit>(window, "passwordEdit")->setText(u"secret"_s);
        child<QPushButton>(window, "connectButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(window->connection(), ConsoleWindow::Connection::Ready, 15000);
        // The typed password is taken for the session and gone from the form.
        QVERIFY(child<QLineEdit>(window, "passwordEdit")->text().isEmpty());
        QVERIFY(type(window, u"EHLO client.test"_s));
        // AUTH stays off an unencrypted connection unless it was explicitly allowed.
        child<QPushButton>(window, "authButton")->click();
        QVERIFY(waitReady(window));
        QStringList lines = transcriptLines(window->transcriptPane());
        QVERIFY(!containsLine(lines, u"-> AUTH"_s));
        QVERIFY(containsLine(lines, u"Refusing to send credentials over an unencrypted"_s));

        QList<smtp::TranscriptRecord> records;
        QPointer<smtp::SmtpSession> session = console.session();
        QVERIFY(session);
        connect(session, &smtp::SmtpSession::transcript, this,
                [&records](const smtp::TranscriptRecord& record) { records.append(record); });
        window->close();
        QTRY_VERIFY_WITH_TIMEOUT(session.isNull(), 15000);
        QStringList texts;
        for (const smtp::TranscriptRecord& record : std::as_const(records))
            texts.append(record.text);
        QVERIFY2(texts.contains(u"QUIT"_s), qPrintable(texts.join(u'\n')));
        QVERIFY2(containsLine(texts, u"221"_s), qPrintable(texts.join(u'\n')));
    }

private:
    static bool waitReady(ConsoleWindow* window)
    {
        return QTest::qWaitFor(
            [window] { return window->connection() == ConsoleWindow::Connection::Ready; }, 15000);
    }

    // Return in the command line, then waits for the answer.
    static bool submit(ConsoleWindow* window)
    {
        QLineEdit* command = child<QLineEdit>(window, "commandEdit");
        command->completer()->popup()->hide();
        // The window is busy from here until the answer (or refused at once, still ready).
        QTest::keyClick(command, Qt::Key_Return);
        return waitReady(window);
    }

    static bool type(ConsoleWindow* window, const QString& line)
    {
        QLineEdit* command = child<QLineEdit>(window, "commandEdit");
        command->clear();
        QTest::keyClicks(command, line);
        return submit(window);
    }

    testsupport::TestCertificates m_certificates;
    std::unique_ptr<QTemporaryDir> m_settings;
    std::unique_ptr<AccountStore> m_store;
};

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Hongyan"_s);
    QApplication::setApplicationName(u"hongyan-test-console"_s);
    TestConsole test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_console.moc"
