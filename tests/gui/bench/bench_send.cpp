// While a message with a 100 MB attachment is composed, written to the outbox and sent
// (STARTTLS, to a local aiosmtpd sink), how long does the GUI's event loop ever stall?
// A 5 ms precise timer measures the gaps between its ticks; the longest gap minus the
// interval is the worst stall. Also reports the phases' durations and the peak RSS.
//
// Run: bench_gui_send [attachment MB, default 100]   (QT_QPA_PLATFORM=offscreen is the default)
#include "accountstore.h"
#include "appcontroller.h"
#include "attachmentlist.h"
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
            m_stalls.append(std::max<qint64>(0, now - m_last - m_interval * 1000000) / 1000);
            m_last = now;
        });
    }
    void start()
    {
        m_stalls.clear();
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

private:
    int m_interval;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<qint64> m_stalls;
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

    testsupport::TestCertificates certificates;
    if (!certificates.generate()) {
        std::fprintf(stderr, "certificates: %s\n", qPrintable(certificates.errorString()));
        return 1;
    }
    QProcess sink;
    sink.start(qEnvironmentVariable("HONGYAN_PYTHON", u"/usr/bin/python3"_s),
               {QStringLiteral(HONGYAN_GUI_BENCH_DIR) + u"/sink_server.py"_s, u"--cert"_s,
                certificates.certificatePath(u"server"_s), u"--key"_s,
                certificates.keyPath(u"server"_s)});
    if (!sink.waitForStarted() || !sink.waitForReadyRead(15000)) {
        std::fprintf(stderr, "the sink server did not start\n");
        return 1;
    }
    const quint16 port = quint16(sink.readLine().trimmed().toUInt());

    const QString attachment = home.filePath(u"attachment.bin"_s);
    writeRandomFile(attachment, megabytes * 1000 * 1000);

    AppController controller;
    Account account;
    account.name = u"Bench"_s;
    account.address = u"bench@example.com"_s;
    account.host = u"127.0.0.1"_s;
    account.port = port;
    account.security = smtp::Security::StartTls;
    account.caFile = certificates.caFile();
    account.authMethod = smtp::AuthMethod::None;
    controller.accounts()->save(account);
    controller.start({});
    ComposeController* composer = controller.composers().first();
    MainWindow* window = composer->window();
    if (!QTest::qWaitForWindowExposed(window))
        return 1;
    ComposeForm* form = window->composeForm();
    form->toEdit()->setText(u"sink@example.org"_s);
    form->subjectEdit()->setText(u"%1 MB"_s.arg(megabytes));
    form->attachments()->addPaths({attachment});

    StallMeter whole(5);
    StallMeter storing(5);
    QElapsedTimer clock;
    whole.start();
    storing.start();
    clock.start();
    qint64 storedAt = -1;
    // The session starts once the message is in the outbox.
    QObject::connect(&controller, &AppController::sendingIdsChanged, [&](const QSet<QString>& ids) {
        if (storedAt < 0 && !ids.isEmpty()) {
            storedAt = clock.elapsed();
            storing.stop();
        }
    });
    QTest::mouseClick(form->sendButton(), Qt::LeftButton);
    const bool done = QTest::qWaitFor([&] { return !composer->isSending(); }, 600000);
    const qint64 totalMs = clock.elapsed();
    whole.stop();
    const bool delivered =
        done && window->notificationBar()->kind() == NotificationBar::Kind::Success;
    QByteArray received;
    while (sink.waitForReadyRead(2000) || sink.canReadLine()) {
        received += sink.readAll();
        if (received.contains("received"))
            break;
    }
    sink.closeWriteChannel();
    if (!sink.waitForFinished(3000))
        sink.kill();

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("attachment            %lld MB (%s)\n", megabytes,
                delivered ? "delivered" : "NOT delivered");
    std::printf("sink                  %s\n", received.trimmed().constData());
    std::printf("total                 %lld ms (outbox write %lld ms, session %lld ms)\n", totalMs,
                storedAt, storedAt >= 0 ? totalMs - storedAt : -1);
    std::printf("event-loop stall max  %.1f ms (p99 %.1f ms, p50 %.2f ms, %lld ticks of 5 ms)\n",
                whole.max() / 1000.0, whole.percentile(0.99) / 1000.0,
                whole.percentile(0.5) / 1000.0, qint64(whole.ticks()));
    std::printf("  during outbox write %.1f ms\n", storing.max() / 1000.0);
    std::printf("peak RSS              %ld MB\n", usage.ru_maxrss / 1024);
    return delivered ? 0 : 2;
}
