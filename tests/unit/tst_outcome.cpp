// Outcome: stable names for --json and the hongyan-cli exit statuses of DESIGN.md §5, which
// scripts depend on and which may never change meaning.

#include "outcome.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using smtp::Outcome;
using Category = smtp::Outcome::Category;

class TestOutcome : public QObject
{
    Q_OBJECT

private slots:
    void exitStatus_data();
    void exitStatus();
    void categoryNames();
    void stageNames();
    void reasonNames();
    void recipientsAndQueueId();
};

void TestOutcome::exitStatus_data()
{
    QTest::addColumn<Category>("category");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("name");
    QTest::addRow("delivered") << Category::Delivered << 0 << u"delivered"_s;
    QTest::addRow("partial") << Category::Partial << 1 << u"partial"_s;
    QTest::addRow("usage") << Category::Usage << 2 << u"usage"_s;
    QTest::addRow("connect") << Category::Connect << 3 << u"connect"_s;
    QTest::addRow("tls") << Category::Tls << 4 << u"tls"_s;
    QTest::addRow("auth") << Category::Auth << 5 << u"auth"_s;
    QTest::addRow("rejected") << Category::Rejected << 6 << u"rejected"_s;
    QTest::addRow("temporary") << Category::Temporary << 7 << u"temporary"_s;
    QTest::addRow("protocol") << Category::Protocol << 8 << u"protocol"_s;
    QTest::addRow("unknown") << Category::Unknown << 9 << u"unknown"_s;
}

void TestOutcome::exitStatus()
{
    QFETCH(Category, category);
    QFETCH(int, status);
    QFETCH(QString, name);
    QCOMPARE(Outcome::exitStatus(category), status);
    QCOMPARE(Outcome::categoryName(category), name);
    Outcome outcome;
    outcome.category = category;
    QCOMPARE(outcome.isSuccess(), category == Category::Delivered || category == Category::Partial);
}

namespace {

// Names are lower-case words joined by '-', one per value, never shared.
template <typename Enum>
void verifyNames(Enum last, QString (*nameOf)(Enum))
{
    static const QRegularExpression form(u"^[a-z0-9]+(-[a-z0-9]+)*$"_s);
    QSet<QString> seen;
    for (int value = 0; value <= int(last); ++value) {
        const QString name = nameOf(Enum(value));
        QVERIFY2(form.match(name).hasMatch(), qPrintable(name));
        QVERIFY2(!seen.contains(name), qPrintable(u"duplicate name "_s + name));
        seen.insert(name);
    }
}

} // namespace

void TestOutcome::categoryNames()
{
    verifyNames(Category::Cancelled, &Outcome::categoryName);
    QCOMPARE(Outcome::categoryName(Category::Cancelled), u"cancelled"_s);
}

void TestOutcome::stageNames()
{
    using smtp::Phase;
    verifyNames(Phase::Console, &smtp::phaseName);
    QCOMPARE(smtp::phaseName(Phase::RcptTo), u"rcpt-to"_s);
    QCOMPARE(smtp::phaseName(Phase::MailFrom), u"mail-from"_s);
    QCOMPARE(smtp::phaseName(Phase::StartTls), u"starttls"_s);
}

void TestOutcome::reasonNames()
{
    verifyNames(Outcome::Reason::Cancelled, &Outcome::reasonName);
    QCOMPARE(Outcome::reasonName(Outcome::Reason::StartTlsRefused), u"starttls-refused"_s);
    QCOMPARE(Outcome::reasonName(Outcome::Reason::LostAfterData), u"lost-after-data"_s);
    // Protocol words keep the protocol's spelling (these names are the --json contract).
    QCOMPARE(Outcome::reasonName(Outcome::Reason::SmtpUtf8Required), u"smtputf8-required"_s);
    QCOMPARE(Outcome::reasonName(Outcome::Reason::EightBitMimeRequired), u"8bitmime-required"_s);
    QCOMPARE(Outcome::reasonName(Outcome::Reason::NoMailRoute), u"no-mail-route"_s);
    QCOMPARE(Outcome::categoryName(Category::Temporary), u"temporary"_s);
}

void TestOutcome::recipientsAndQueueId()
{
    Outcome outcome;
    outcome.category = Category::Partial;
    outcome.recipients = {{u"a@x"_s, true, 250, {}, {}},
                          {u"b@x"_s, false, 550, smtp::EnhancedStatus(5, 1, 1), u"no"_s},
                          {u"c@x"_s, true, 250, {}, {}}};
    QCOMPARE(outcome.acceptedRecipientCount(), 2);
    outcome.serverText = u"Ok: queued as 4F2A1C"_s;
    QCOMPARE(outcome.queueId(), u"4F2A1C"_s);

    outcome.serverText = u"OK id=1qAbCd-0001Xy-2Z"_s; // Exim
    QCOMPARE(outcome.queueId(), u"1qAbCd-0001Xy-2Z"_s);
    outcome.serverText = u"3AB4C5D6EF Message accepted for delivery"_s; // Sendmail
    QCOMPARE(outcome.queueId(), u"3AB4C5D6EF"_s);
    outcome.serverText = u"2.0.0 Ok: QUEUED AS 4F2A1C7B"_s; // any case
    QCOMPARE(outcome.queueId(), u"4F2A1C7B"_s);

    outcome.serverText = u"2.0.0 Ok: queued as 4F2A1C."_s; // the full stop ends the sentence
    QCOMPARE(outcome.queueId(), u"4F2A1C"_s);
    outcome.serverText = u"queued as a, queued as\tq.1@mx-2>"_s; // one character is no id
    QCOMPARE(outcome.queueId(), u"q.1@mx-2>"_s);
    outcome.serverText = u"Ok id=ex1, queued as PF1"_s; // Postfix's form is looked for first
    QCOMPARE(outcome.queueId(), u"PF1"_s);
    outcome.serverText = u"ID=x_y.z-1 (ok)"_s;
    QCOMPARE(outcome.queueId(), u"x_y.z-1"_s);
    outcome.serverText = u"1234567 Message accepted"_s; // seven characters are too few
    QCOMPARE(outcome.queueId(), QString());
    outcome.serverText = u"queued as"_s;
    QCOMPARE(outcome.queueId(), QString());
    // As the regular expressions read them before: spaces and word boundaries are ASCII's.
    outcome.serverText = u"queued as\u00A0ABC"_s;
    QCOMPARE(outcome.queueId(), QString());
    outcome.serverText = u"\u00E9id=X1"_s;
    QCOMPARE(outcome.queueId(), u"X1"_s);

    outcome.serverText = u"Ok"_s;
    QCOMPARE(outcome.queueId(), QString());
    outcome.serverText = u"valid=yes"_s; // "id=" inside a word is not an id
    QCOMPARE(outcome.queueId(), QString());

    // A refusal has no queue id, whatever its text says.
    outcome.category = Category::Rejected;
    outcome.serverText = u"not queued as ABC"_s;
    QCOMPARE(outcome.queueId(), QString());
}

QTEST_GUILESS_MAIN(TestOutcome)
#include "tst_outcome.moc"
