// Command: the exact wire line of every command, the transcript text beside it, and no way
// to smuggle a second command into an argument.

#include "command.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using smtp::Command;

class TestCommand : public QObject
{
    Q_OBJECT

private slots:
    void wireAndTranscript_data();
    void wireAndTranscript();
    void authIsRedacted();
    void lineBreaksMakeACommandInvalid_data();
    void lineBreaksMakeACommandInvalid();
    void containsLineBreakOrNul();
};

void TestCommand::wireAndTranscript_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<Command::Kind>("kind");
    QTest::addColumn<QByteArray>("wire");
    QTest::addColumn<QString>("transcript");

    QTest::addRow("EHLO") << Command::ehlo("client.test") << Command::Kind::Ehlo
                          << QByteArray("EHLO client.test\r\n") << u"EHLO client.test"_s;
    QTest::addRow("EHLO address literal")
        << Command::ehlo("[127.0.0.1]") << Command::Kind::Ehlo << QByteArray("EHLO [127.0.0.1]\r\n")
        << u"EHLO [127.0.0.1]"_s;
    QTest::addRow("HELO") << Command::helo("client.test") << Command::Kind::Helo
                          << QByteArray("HELO client.test\r\n") << u"HELO client.test"_s;
    QTest::addRow("STARTTLS") << Command::startTls() << Command::Kind::StartTls
                              << QByteArray("STARTTLS\r\n") << u"STARTTLS"_s;
    QTest::addRow("AUTH LOGIN") << Command::auth("LOGIN") << Command::Kind::Auth
                                << QByteArray("AUTH LOGIN\r\n") << u"AUTH LOGIN"_s;
    QTest::addRow("MAIL") << Command::mailFrom("a@b.test") << Command::Kind::MailFrom
                          << QByteArray("MAIL FROM:<a@b.test>\r\n") << u"MAIL FROM:<a@b.test>"_s;
    QTest::addRow("MAIL null path") << Command::mailFrom("") << Command::Kind::MailFrom
                                    << QByteArray("MAIL FROM:<>\r\n") << u"MAIL FROM:<>"_s;
    QTest::addRow("MAIL parameters")
        << Command::mailFrom("a@b.test", "SIZE=1234 BODY=8BITMIME") << Command::Kind::MailFrom
        << QByteArray("MAIL FROM:<a@b.test> SIZE=1234 BODY=8BITMIME\r\n")
        << u"MAIL FROM:<a@b.test> SIZE=1234 BODY=8BITMIME"_s;
    QTest::addRow("MAIL UTF-8") << Command::mailFrom("张三@例子.中国", "SMTPUTF8")
                                << Command::Kind::MailFrom
                                << QByteArray("MAIL FROM:<张三@例子.中国> SMTPUTF8\r\n")
                                << u"MAIL FROM:<张三@例子.中国> SMTPUTF8"_s;
    QTest::addRow("RCPT") << Command::rcptTo("x@y.test") << Command::Kind::RcptTo
                          << QByteArray("RCPT TO:<x@y.test>\r\n") << u"RCPT TO:<x@y.test>"_s;
    QTest::addRow("DATA") << Command::data() << Command::Kind::Data << QByteArray("DATA\r\n")
                          << u"DATA"_s;
    QTest::addRow("BDAT") << Command::bdat(262144, false) << Command::Kind::Bdat
                          << QByteArray("BDAT 262144\r\n") << u"BDAT 262144"_s;
    QTest::addRow("BDAT LAST") << Command::bdat(17, true) << Command::Kind::Bdat
                               << QByteArray("BDAT 17 LAST\r\n") << u"BDAT 17 LAST"_s;
    QTest::addRow("BDAT 0 LAST") << Command::bdat(0, true) << Command::Kind::Bdat
                                 << QByteArray("BDAT 0 LAST\r\n") << u"BDAT 0 LAST"_s;
    QTest::addRow("RSET") << Command::rset() << Command::Kind::Rset << QByteArray("RSET\r\n")
                          << u"RSET"_s;
    QTest::addRow("NOOP") << Command::noop() << Command::Kind::Noop << QByteArray("NOOP\r\n")
                          << u"NOOP"_s;
    QTest::addRow("QUIT") << Command::quit() << Command::Kind::Quit << QByteArray("QUIT\r\n")
                          << u"QUIT"_s;
    QTest::addRow("raw") << Command::raw("VRFY postmaster") << Command::Kind::Raw
                         << QByteArray("VRFY postmaster\r\n") << u"VRFY postmaster"_s;
}

void TestCommand::wireAndTranscript()
{
    QFETCH(Command, command);
    QFETCH(Command::Kind, kind);
    QFETCH(QByteArray, wire);
    QFETCH(QString, transcript);
    QVERIFY(command.isValid());
    QCOMPARE(command.kind(), kind);
    QCOMPARE(command.wire(), wire);
    QCOMPARE(command.transcriptText(), transcript);
}

void TestCommand::authIsRedacted()
{
    const Command initial = Command::auth("PLAIN", "AHVzZXIAcGFzcw==");
    QCOMPARE(initial.wire(), QByteArray("AUTH PLAIN AHVzZXIAcGFzcw==\r\n"));
    QVERIFY(initial.transcriptText().startsWith(u"AUTH PLAIN"_s));
    QVERIFY2(!initial.transcriptText().contains(u"AHVzZXIAcGFzcw"_s),
             qPrintable(initial.transcriptText()));

    const Command response = Command::authResponse("cGFzc3dvcmQ=");
    QCOMPARE(response.kind(), Command::Kind::AuthResponse);
    QCOMPARE(response.wire(), QByteArray("cGFzc3dvcmQ=\r\n"));
    QVERIFY2(!response.transcriptText().contains(u"cGFzc3dvcmQ"_s),
             qPrintable(response.transcriptText()));
    QVERIFY(!response.transcriptText().isEmpty());
}

void TestCommand::lineBreaksMakeACommandInvalid_data()
{
    QTest::addColumn<Command>("command");
    QTest::addRow("EHLO CRLF") << Command::ehlo("client.test\r\nMAIL FROM:<evil@x>");
    QTest::addRow("HELO LF") << Command::helo("client\n");
    QTest::addRow("MAIL CR") << Command::mailFrom("a@b\rRCPT TO:<c@d>");
    QTest::addRow("MAIL NUL") << Command::mailFrom(QByteArray("a\0b@c", 5));
    QTest::addRow("MAIL parameters CRLF") << Command::mailFrom("a@b", "SIZE=1\r\nRSET");
    QTest::addRow("RCPT LF") << Command::rcptTo("x@y>\nDATA");
    QTest::addRow("AUTH payload CRLF") << Command::auth("PLAIN", "abc\r\nQUIT");
    QTest::addRow("AUTH mechanism NUL") << Command::auth(QByteArray("PLAIN\0", 6));
    QTest::addRow("auth response LF") << Command::authResponse("abc\ndef");
    QTest::addRow("raw CRLF") << Command::raw("NOOP\r\nQUIT");
}

void TestCommand::lineBreaksMakeACommandInvalid()
{
    QFETCH(Command, command);
    QVERIFY(!command.isValid());
}

void TestCommand::containsLineBreakOrNul()
{
    QVERIFY(smtp::containsLineBreakOrNul("a\rb"));
    QVERIFY(smtp::containsLineBreakOrNul("a\nb"));
    QVERIFY(smtp::containsLineBreakOrNul(QByteArrayView("a\0b", 3)));
    QVERIFY(!smtp::containsLineBreakOrNul("a b\t<c@d>"));
    QVERIFY(!smtp::containsLineBreakOrNul("张三"));
    QVERIFY(!smtp::containsLineBreakOrNul(""));
}

QTEST_GUILESS_MAIN(TestCommand)
#include "tst_command.moc"
