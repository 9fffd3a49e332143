// The GUI's outbox flush: 200 small messages waiting in the outbox, Send All pressed, how
// long until the outbox is empty, and over how many connections (the sink counts them).
// Sent with implicit TLS to the benchmarks' sink (tests/bench/smtpsink); the per-invocation
// cost of curl and hongyan-cli for the same kind of message is in tests/bench/RESULTS.md.
//
// Run: bench_gui_outbox [messages, default 200]   (QT_QPA_PLATFORM=offscreen is the default)
#include "accountstore.h"
#include "appcontroller.h"
#include "benchsupport.h"
#include "outbox.h"
#include "outboxcontroller.h"
#include "outboxwindow.h"
#include "testcertificates.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace hongyan;

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
    const int messages = argc > 1 ? QByteArray(argv[1]).toInt() : 200;

    testsupport::TestCertificates certificates;
    if (!certificates.generate()) {
        std::fprintf(stderr, "certificates: %s\n", qPrintable(certificates.errorString()));
        return 1;
    }
    benchsupport::Sink sink;
    if (!sink.start(certificates, 600))
        return 1;
    const quint16 port = sink.port();

    AppController controller;
    Account account;
    account.name = u"Bench"_s;
    account.address = u"bench@example.com"_s;
    account.host = u"localhost"_s;
    account.port = port;
    account.security = smtp::Security::ImplicitTls;
    account.caFile = certificates.caFile();
    account.authMethod = smtp::AuthMethod::None;
    const QString accountId = controller.accounts()->save(account);
    controller.start({});

    int stored = 0;
    for (int i = 0; i < messages; ++i) {
        OutboxEntry entry;
        entry.accountId = accountId;
        entry.envelope.sender = u"bench@example.com"_s;
        entry.envelope.recipients = {u"sink@example.org"_s};
        entry.subject = u"Message %1"_s.arg(i + 1);
        auto message = std::make_shared<QBuffer>();
        message->setData("From: <bench@example.com>\r\nTo: <sink@example.org>\r\nSubject: " +
                         entry.subject.toUtf8() + "\r\n\r\n" +
                         QByteArray("A small message, one line of several.\r\n").repeated(20));
        message->open(QIODevice::ReadOnly);
        controller.outbox()->add(entry, message,
                                 [&stored](const std::optional<OutboxEntry>& added,
                                           const QString&) { stored += added ? 1 : 0; });
    }
    if (!benchsupport::runUntil([&] { return stored == messages; }, 60000)) {
        std::fprintf(stderr, "only %d of %d messages reached the outbox\n", stored, messages);
        return 1;
    }
    controller.showOutbox();
    OutboxWindow* window = controller.outboxController()->window();
    auto* sendAll = window->findChild<QPushButton*>(u"sendAllButton"_s);
    if (!benchsupport::runUntil([sendAll] { return sendAll->isEnabled(); }, 10000))
        return 1;

    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(sendAll, Qt::LeftButton);
    // Every 10 ms: each look lists the outbox folder, which is not free either.
    const bool emptied =
        benchsupport::runUntil([&] { return controller.outbox()->isEmpty(); }, 600000, 10);
    const qint64 elapsed = clock.elapsed();
    // The connection closes after its QUIT; the sink then reports it.
    benchsupport::runUntil([&] { return sink.connections() > 0; }, 10000);
    sink.stop();
    const qsizetype connections = sink.connections();

    std::printf("outbox flush          %d messages in %lld ms (%.2f ms per message), %lld "
                "connection(s)%s\n",
                messages, elapsed, double(elapsed) / messages, qint64(connections),
                emptied ? "" : " - NOT all sent");
    return emptied ? 0 : 2;
}
