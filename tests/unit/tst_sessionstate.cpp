// The session's transition table: what it allows, what it refuses, and that every state is
// reachable and can be left. The engine tests prove the session moves only along it.

#include "sessionstate.h"

#include <QMetaEnum>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using smtp::Phase;
using smtp::SessionState;
using State = SessionState::State;

class TestSessionState : public QObject
{
    Q_OBJECT

private slots:
    void legalMovesAreTaken_data();
    void legalMovesAreTaken();
    void illegalMovesAreRefused_data();
    void illegalMovesAreRefused();
    void everyStateIsReachableAndCanBeLeft();
    void phasesHaveStableNames_data();
    void phasesHaveStableNames();
    void everyPhaseNameReadsBack();
};

namespace {

QList<State> allStates()
{
    const QMetaEnum states = QMetaEnum::fromType<State>();
    QList<State> all;
    for (int i = 0; i < states.keyCount(); ++i)
        all.append(State(states.value(i)));
    return all;
}

// Walks the machine from Disconnected along `path`; false at the first refused step.
bool walk(SessionState& machine, const QList<State>& path)
{
    for (const State next : path) {
        if (!machine.enter(next))
            return false;
    }
    return true;
}

} // namespace

void TestSessionState::legalMovesAreTaken_data()
{
    QTest::addColumn<QList<State>>("path");
    QTest::addRow("plain delivery") << QList<State>{State::Connecting,
                                                    State::Greeting,
                                                    State::Ehlo,
                                                    State::Ready,
                                                    State::Envelope,
                                                    State::SendingBody,
                                                    State::AwaitingFinalReply,
                                                    State::Ready,
                                                    State::Quitting,
                                                    State::Disconnected};
    QTest::addRow("implicit TLS, AUTH")
        << QList<State>{State::Connecting, State::TlsHandshake,   State::Greeting,
                        State::Ehlo,       State::Authenticating, State::Ready};
    QTest::addRow("STARTTLS, then EHLO again") << QList<State>{
        State::Connecting,        State::Greeting, State::Ehlo,           State::StartTls,
        State::StartTlsHandshake, State::Ehlo,     State::Authenticating, State::Ready};
    QTest::addRow("HELO fallback")
        << QList<State>{State::Connecting, State::Greeting, State::Ehlo, State::Helo, State::Ready};
    QTest::addRow("console") << QList<State>{
        State::Connecting, State::Greeting,       State::Ready,       State::ConsoleCommand,
        State::Ready,      State::ConsoleCommand, State::SendingBody, State::AwaitingFinalReply,
        State::Ready};
    QTest::addRow("sender probe") << QList<State>{State::Connecting,    State::Greeting,
                                                  State::Ehlo,          State::Ready,
                                                  State::ProbingSender, State::Ready};
    QTest::addRow("failure while connecting")
        << QList<State>{State::Connecting, State::Disconnected};
    QTest::addRow("polite end after a refusal")
        << QList<State>{State::Connecting, State::Greeting, State::Quitting, State::Disconnected};
}

void TestSessionState::legalMovesAreTaken()
{
    QFETCH(QList<State>, path);
    SessionState machine;
    QVERIFY(walk(machine, path));
    QCOMPARE(machine.current(), path.constLast());
}

void TestSessionState::illegalMovesAreRefused_data()
{
    QTest::addColumn<QList<State>>("before");
    QTest::addColumn<State>("illegal");
    QTest::addRow("body before connecting") << QList<State>{} << State::SendingBody;
    QTest::addRow("ready before the greeting") << QList<State>{State::Connecting} << State::Ready;
    QTest::addRow("envelope before EHLO")
        << QList<State>{State::Connecting, State::Greeting} << State::Envelope;
    QTest::addRow("final reply without a body")
        << QList<State>{State::Connecting, State::Greeting, State::Ehlo, State::Ready}
        << State::AwaitingFinalReply;
    QTest::addRow("authenticating during the body")
        << QList<State>{State::Connecting, State::Greeting, State::Ehlo,
                        State::Ready,      State::Envelope, State::SendingBody}
        << State::Authenticating;
    QTest::addRow("back to connecting while connected")
        << QList<State>{State::Connecting, State::Greeting} << State::Connecting;
    QTest::addRow("STARTTLS handshake without STARTTLS")
        << QList<State>{State::Connecting, State::Greeting, State::Ehlo}
        << State::StartTlsHandshake;
    QTest::addRow("leaving Quitting except by closing")
        << QList<State>{State::Connecting, State::Quitting} << State::Ready;
}

void TestSessionState::illegalMovesAreRefused()
{
    QFETCH(QList<State>, before);
    QFETCH(State, illegal);
    SessionState machine;
    QVERIFY(walk(machine, before));
    const State where = machine.current();
    QVERIFY(!SessionState::allows(where, illegal));
    QVERIFY(!machine.enter(illegal));
    QCOMPARE(machine.current(), where); // a refused move leaves the state as it was
}

void TestSessionState::everyStateIsReachableAndCanBeLeft()
{
    QSet<State> reached{State::Disconnected};
    QList<State> frontier{State::Disconnected};
    const QList<State> states = allStates();
    while (!frontier.isEmpty()) {
        const State from = frontier.takeFirst();
        for (const State to : states) {
            if (to != from && SessionState::allows(from, to) && !reached.contains(to)) {
                reached.insert(to);
                frontier.append(to);
            }
        }
    }
    for (const State state : states) {
        QVERIFY2(reached.contains(state), qPrintable(SessionState::name(state)));
        QVERIFY2(state == State::Disconnected || SessionState::allows(state, State::Disconnected),
                 qPrintable(SessionState::name(state)));
    }
    for (const SessionState::Transition& transition : SessionState::transitions())
        QVERIFY(transition.trigger && *transition.trigger);
}

void TestSessionState::phasesHaveStableNames_data()
{
    // These names are the CLI's --json contract and the outbox file format.
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QString>("name");
    QTest::addRow("setup") << Phase::Setup << u"setup"_s;
    QTest::addRow("tls") << Phase::TlsHandshake << u"tls-handshake"_s;
    QTest::addRow("starttls") << Phase::StartTls << u"starttls"_s;
    QTest::addRow("mail") << Phase::MailFrom << u"mail-from"_s;
    QTest::addRow("rcpt") << Phase::RcptTo << u"rcpt-to"_s;
    QTest::addRow("final reply") << Phase::DataEnd << u"data-end"_s;
    QTest::addRow("console") << Phase::Console << u"console"_s;
}

void TestSessionState::phasesHaveStableNames()
{
    QFETCH(Phase, phase);
    QFETCH(QString, name);
    QCOMPARE(smtp::phaseName(phase), name);
}

void TestSessionState::everyPhaseNameReadsBack()
{
    const QMetaEnum phases = QMetaEnum::fromType<Phase>();
    for (int i = 0; i < phases.keyCount(); ++i) {
        const auto phase = Phase(phases.value(i));
        QCOMPARE(smtp::phaseFromName(smtp::phaseName(phase)), std::optional(phase));
    }
    QCOMPARE(smtp::phaseFromName(u"no-such-phase"), std::nullopt);
}

QTEST_GUILESS_MAIN(TestSessionState)
#include "tst_sessionstate.moc"
