// How long from starting the process until the compose window is on screen? The parent
// starts itself as a child (--child) several times and measures, on its own clock, the
// time until the child reports the window's first paint. The child does what main.cpp
// does: QApplication, translations, AppController::start. Also reports the child's RSS.
//
// Run: bench_gui_startup [runs, default 10]   (uses QT_QPA_PLATFORM as set, else offscreen)
#include "appcontroller.h"
#include "composecontroller.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(hongyan::AppController* controller)
        : m_controller(controller)
    {}

    bool eventFilter(QObject*, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, m_controller, [controller = m_controller] {
                QFile status(u"/proc/self/status"_s);
                status.open(QIODevice::ReadOnly);
                QByteArray rss;
                for (const QByteArray& line : status.readAll().split('\n')) {
                    if (line.startsWith("VmRSS:"))
                        rss = line.mid(6).trimmed();
                }
                std::printf("painted %s\n", rss.constData());
                std::fflush(stdout);
                // QCoreApplication::quit() would first ask every window to close, and a
                // compose window asks its controller.
                controller->quitNow();
            });
        }
        return false;
    }

private:
    hongyan::AppController* m_controller;
    bool m_seen = false;
};

int child(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Hongyan"_s);
    QApplication::setApplicationName(u"hongyan"_s);
    hongyan::Translations::install(hongyan::AppController::preferredLanguage());
    hongyan::AppController controller;
    controller.start({});
    FirstPaint probe(&controller);
    controller.composers().first()->window()->installEventFilter(&probe);
    return QApplication::exec();
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc > 1 && qstrcmp(argv[1], "--child") == 0)
        return child(argc, argv);
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 10;
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    if (!environment.contains(u"QT_QPA_PLATFORM"_s))
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QList<qint64> times;
    QByteArray rss;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        process.setProcessEnvironment(environment);
        QElapsedTimer clock;
        clock.start();
        process.start(QCoreApplication::applicationFilePath(), {u"--child"_s});
        while (process.waitForReadyRead(10000)) {
            const QByteArray line = process.readLine();
            if (line.startsWith("painted")) {
                times.append(clock.elapsed());
                rss = line.mid(8).trimmed();
                break;
            }
        }
        process.waitForFinished(10000);
    }
    if (times.isEmpty()) {
        std::fprintf(stderr, "the window never appeared\n");
        return 1;
    }
    std::sort(times.begin(), times.end());
    std::printf("platform %s, %lld runs: window painted after median %lld ms (min %lld, max "
                "%lld); RSS then %s\n",
                qPrintable(environment.value(u"QT_QPA_PLATFORM"_s)), qint64(times.size()),
                times[times.size() / 2], times.first(), times.last(), rss.constData());
    return 0;
}
