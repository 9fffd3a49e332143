// The GUI against hongyan-cli on the same work: a message with a 100 MB attachment composed
// and sent with implicit TLS to the benchmarks' sink (tests/bench/smtpsink), three times each.
// For the GUI: the time from Send to the success message, split into the outbox write and
// the session, and how long its event loop ever stalled meanwhile (a 5 ms precise timer
// measures the gaps between its ticks; the longest gap minus the interval is the worst
// stall). For the CLI: the wall time of `hongyan-cli send --attach`. Prints both medians and
// their ratio, and the peak RSS.
//
// Run: bench_gui_send [attachment MB, default 100]   (QT_QPA_PLATFORM=offscreen is the default)
#include "accountstore.h"
#include "appcontroller.h"
#include "attachmentlist.h"
#include "benchsupport.h"
#include "composecontroller.h"
#include "composeform.h"
#include "mainwindow.h"
#include "notificationbar.h"
#include "recipientedit.h"
#include "testcertificates.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <random>
#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace hongyan;

namespace {

// Gaps between timer ticks, beyond the interval, in ms.
class StallMeter
{
public:
    explicit StallMeter(int intervalMs)
        : m_interval(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 stall = std::max<qint64>(0, now - m_last - m_interval * 1000000) / 1000;
            m_stalls.append(stall);
            if (stall > m_worst) {
                m_worst = stall;
                m_worstStartMs = (m_last + m_interval * 1000000) / 1000000;
                m_worstRun = m_resumes - 1;
            }
            m_last = now;
        });
    }
    // Measures from now on; the gaps of earlier periods are kept.
    void resume()
    {
        ++m_resumes;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    // In microseconds.
    qint64 max() const
    {
        return m_stalls.isEmpty() ? 0 : *std::max_element(m_stalls.cbegin(), m_stalls.cend());
    }
    qint64 percentile(double p) const
    {
        if (m_stalls.isEmpty())
            return 0;
        QList<qint64> sorted = m_stalls;
        std::sort(sorted.begin(), sorted.end());
        return sorted[qsizetype((sorted.size() - 1) * p)];
    }
    qsizetype ticks() const { return m_stalls.size(); }
    // When the worst stall began: in which period (counting resume() calls from 0) and how
    // many ms after its resume().
    qsizetype worstPeriod() const { return m_worstRun; }
    qint64 worstStartMs() const { return m_worstStartMs; }

private:
    int m_interval;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<qint64> m_stalls;
    qint64 m_worst = -1;
    qint64 m_worstStartMs = -1;
    qsizetype m_worstRun = -1;
    qsizetype m_resumes = 0;
};

bool writeRandomFile(const QString& path, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    std::mt19937_64 random(7);
    QByteArray chunk(4 * 1024 * 1024, Qt::Uninitialized);
    for (qint64 written = 0; written < size; written += chunk.size()) {
        auto* words = reinterpret_cast<quint64*>(chunk.data());
        for (qsizetype i = 0; i < chunk.size() / 8; ++i)
            words[i] = random();
        file.write(chunk.constData(), std::min<qint64>(chunk.size(), size - written));
    }
    return true;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values[values.size() / 2];
}

QString joined(const QList<qint64>& values)
{
    QStringList texts;
    for (qint64 value : values)
        texts.append(QString::number(value));
    return texts.join(u", "_s);
}

// One hongyan-cli send of the same message: its wall time in ms, or -1 when it failed.
qint64 cliSend(quint16 port, const QString& caFile, const QString& attachment, qint64 megabytes)
{
    QProcess cli;
    QElapsedTimer clock;
    clock.start();
    cli.start(QStringLiteral(HONGYAN_CLI_PATH),
              {u"send"_s, u"--server"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(port),
               u"--security"_s, u"tls"_s, u"--ca-file"_s, caFile, u"--from"_s,
               u"bench@example.com"_s, u"--to"_s, u"sink@example.org"_s, u"--subject"_s,
               u"%1 MB"_s.arg(megabytes), u"--body"_s, u"Attached."_s, u"--attach"_s, attachment});
    if (!cli.waitForFinished(600000) || cli.exitCode() != 0) {
        std::fprintf(stderr, "hongyan-cli: %s\n", cli.readAllStandardError().constData());
        return -1;
    }
    return clock.elapsed();
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u"data"_s)));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s)));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Hongyan"_s);
    QApplication::setApplicationName(u"hongyan"_s);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100;
    constexpr int Runs = 3;

    testsupport::TestCertificates certificates;
    if (!certificates.generate()) {
        std::fprintf(stderr, "certificates: %s\n", qPrintable(certificates.errorString()));
        return 1;
    }
    benchsupport::Sink sink;
    if (!sink.start(certificates, 1800))
        return 1;
    const quint16 port = sink.port();

    const QString attachment = home.filePath(u"attachment.bin"_s);
    writeRandomFile(attachment, megabytes * 1000 * 1000);

    QList<qint64> cliRuns;
    for (int run = 0; run < Runs; ++run)
        cliRuns.append(cliSend(port, certificates.caFile(), attachment, megabytes));

    AppController controller;
    Account account;
    account.name = u"Bench"_s;
    account.address = u"bench@example.com"_s;
    account.host = u"127.0.0.1"_s;
    account.port = port;
    account.security = smtp::Security::ImplicitTls;
    account.caFile = certificates.caFile();
    account.authMethod = smtp::AuthMethod::None;
    controller.accounts()->save(account);
    controller.start({});
    ComposeController* composer = controller.composers().first();
    MainWindow* window = composer->window();
    if (!QTest::qWaitForWindowExposed(window))
        return 1;
    ComposeForm* form = window->composeForm();

    StallMeter whole(5);
    StallMeter storing(5);
    QList<qint64> totals, stores, sessions;
    int delivered = 0;
    qint64 storedAt = -1;
    QElapsedTimer clock;
    // The session starts once the message is in the outbox.
    QObject::connect(&controller, &AppController::sendingIdsChanged, [&](const QSet<QString>& ids) {
        if (storedAt < 0 && !ids.isEmpty()) {
            storedAt = clock.elapsed();
            storing.stop();
        }
    });
    for (int run = 0; run < Runs; ++run) {
        // What a person does before pressing Send is not measured: the stall meters run
        // from the click to the end of the send.
        form->toEdit()->setText(u"sink@example.org"_s);
        form->subjectEdit()->setText(u"%1 MB"_s.arg(megabytes));
        form->attachments()->addPaths({attachment});
        storedAt = -1;
        whole.resume();
        storing.resume();
        clock.start();
        QTest::mouseClick(form->sendButton(), Qt::LeftButton);
        const bool done = benchsupport::runUntil([&] { return !composer->isSending(); }, 600000);
        const qint64 total = clock.elapsed();
        if (done && window->notificationBar()->kind() == NotificationBar::Kind::Success)
            ++delivered;
        totals.append(total);
        stores.append(storedAt);
        sessions.append(storedAt >= 0 ? total - storedAt : -1);
        whole.stop();
    }
    // The GUI's connections close after their QUIT, from the event loop.
    benchsupport::runUntil([&] { return sink.connections() >= 2 * Runs; }, 10000);
    const QList<qint64> received = sink.receivedBytes();
    sink.stop();

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const qint64 cli = median(cliRuns);
    const qint64 total = median(totals);
    const qint64 session = median(sessions);
    std::printf("attachment            %lld MB (%d of %d GUI sends delivered)\n", megabytes,
                delivered, Runs);
    std::printf("sink                  received %s bytes (CLI runs, then GUI runs)\n",
                qPrintable(joined(received)));
    std::printf("GUI send              median %lld ms: outbox write %lld ms, session %lld ms "
                "(runs %s ms)\n",
                total, median(stores), session, qPrintable(joined(totals)));
    std::printf("hongyan-cli send      median %lld ms (runs %s ms)\n", cli,
                qPrintable(joined(cliRuns)));
    std::printf("GUI vs CLI            session %.2fx, whole send %.2fx\n", double(session) / cli,
                double(total) / cli);
    std::printf("event-loop stall max  %.1f ms (p99 %.1f ms, p50 %.2f ms, %lld ticks of 5 ms)\n",
                whole.max() / 1000.0, whole.percentile(0.99) / 1000.0,
                whole.percentile(0.5) / 1000.0, qint64(whole.ticks()));
    std::printf("  during outbox write %.1f ms\n", storing.max() / 1000.0);
    if (const qsizetype run = whole.worstPeriod(); run >= 0)
        std::printf("  the worst began     %lld ms after Send in GUI run %lld (outbox written at "
                    "%lld ms, sent at %lld ms)\n",
                    whole.worstStartMs(), qint64(run + 1), stores.value(run), totals.value(run));
    std::printf("peak RSS              %ld MB\n", usage.ru_maxrss / 1024);
    return delivered == Runs && cli > 0 ? 0 : 2;
}
