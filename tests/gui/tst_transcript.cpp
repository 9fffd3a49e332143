// The transcript model, filter and pane: batching, levels, directions, search, copy, save,
// and 100,000 lines staying fast.
#include "enginetest.h"
#include "transcriptfiltermodel.h"
#include "transcriptmodel.h"
#include "transcriptpane.h"
#include "translations.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace hongyan;
using Record = smtp::TranscriptRecord;

namespace {

Record record(Record::Direction direction, const QString& text, bool encrypted = false,
              Record::Level level = Record::Level::Summary)
{
    return Record::make(direction, text, encrypted, level);
}

void appendSession(TranscriptPane& pane)
{
    pane.append(record(Record::Direction::Info, u"Connecting to smtp.example.com port 587"_s));
    pane.append(Record::fromServer("220 smtp.example.com ESMTP", false));
    pane.append(record(Record::Direction::Client, u"EHLO client.example"_s));
    pane.append(
        record(Record::Direction::Info, u"state Ehlo → StartTls"_s, false, Record::Level::Debug));
    pane.append(record(Record::Direction::Client, u"AUTH PLAIN ********"_s, true));
    pane.append(Record::fromServer("235 2.7.0 Authentication successful", true));
    pane.append(record(Record::Direction::Error, u"Connection lost"_s));
}

// What the pane's "Save" writes, read back.
QString savedText(const TranscriptPane& pane)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"transcript.txt"_s);
    QString error;
    if (!pane.saveTo(path, &error))
        return u"(not saved: %1)"_s.arg(error);
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestTranscript : public QObject
{
    Q_OBJECT

private slots:
    void batchesAppends()
    {
        TranscriptModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 500; ++i)
            model.append(record(Record::Direction::Client, u"line %1"_s.arg(i)));
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE(model.rowCount(), 500);
        QCOMPARE(inserted.count(), 1);
    }

    void markersAndColours()
    {
        TranscriptModel model;
        model.append(record(Record::Direction::Client, u"EHLO x"_s));
        model.append(record(Record::Direction::Server, u"250 ok"_s, true));
        model.append(record(Record::Direction::Info, u"info"_s));
        model.append(record(Record::Direction::Error, u"boom"_s));
        model.flush();
        QCOMPARE(model.index(0, TranscriptModel::DirectionColumn).data().toString(), u"->"_s);
        QCOMPARE(model.index(1, TranscriptModel::DirectionColumn).data().toString(), u"<~"_s);
        QCOMPARE(model.index(2, TranscriptModel::DirectionColumn).data().toString(), u"=="_s);
        QCOMPARE(model.index(3, TranscriptModel::DirectionColumn).data().toString(), u"**"_s);
        QSet<QRgb> colours;
        for (int row = 0; row < 4; ++row)
            colours.insert(model.index(row, TranscriptModel::TextColumn)
                               .data(Qt::ForegroundRole)
                               .value<QBrush>()
                               .color()
                               .rgb());
        QCOMPARE(colours.size(), 4);
        QVERIFY(
            model.index(1, 0).data(TranscriptModel::LineRole).toString().endsWith(u"<~ 250 ok"_s));
    }

    // Issue 18, item 6: the engine's own lines are shown, searched and copied in the person's
    // language and follow a switch; the wire's lines stay exactly as they were.
    void engineLinesSpeakTheLanguage()
    {
        const auto english = qScopeGuard([] { Translations::install(u"en"_s); });
        TranscriptPane pane;
        pane.append(Record::make(
            Record::Direction::Info,
            smtp::Note::of(QT_TRANSLATE_NOOP("smtp", "Trying %1 port %2"), u"127.0.0.1"_s, 2588),
            false));
        pane.append(record(Record::Direction::Server, u"220 Trying hard"_s));
        TranscriptModel* model = pane.model();
        model->flush();
        const QModelIndex engine = model->index(0, TranscriptModel::TextColumn);
        const QModelIndex wire = model->index(1, TranscriptModel::TextColumn);
        QCOMPARE(engine.data().toString(), u"Trying 127.0.0.1 port 2588"_s);

        // Installing a translator posts LanguageChange to every widget: the pane passes it on.
        Translations::install(u"zh_CN"_s);
        QTRY_COMPARE(engine.data().toString(), u"正在尝试 127.0.0.1 的端口 2588"_s);
        QCOMPARE(model->record(0).text, u"Trying 127.0.0.1 port 2588"_s); // what the CLI prints
        QCOMPARE(wire.data().toString(), u"220 Trying hard"_s);
        QVERIFY(model->index(0, 0)
                    .data(TranscriptModel::LineRole)
                    .toString()
                    .endsWith(u"== 正在尝试 127.0.0.1 的端口 2588"_s));
        auto* filter =
            qobject_cast<TranscriptFilterModel*>(pane.findChild<QTableView*>(u"view"_s)->model());
        filter->setTextFilter(u"正在尝试"_s);
        QCOMPARE(filter->rowCount(), 1);

        Translations::install(u"en"_s);
        QTRY_COMPARE(engine.data().toString(), u"Trying 127.0.0.1 port 2588"_s);
        QCOMPARE(filter->rowCount(), 0);
    }

    void levelsDirectionsAndSearch()
    {
        TranscriptPane pane;
        appendSession(pane);
        pane.model()->flush();
        QCOMPARE(pane.model()->rowCount(), 7);
        // Summary hides the Debug state change.
        QCOMPARE(pane.visibleLines().size(), 6);
        pane.setLevel(Record::Level::Debug);
        QCOMPARE(pane.visibleLines().size(), 7);

        auto* filter = pane.findChild<QTableView*>(u"view"_s)->model();
        auto* proxy = qobject_cast<TranscriptFilterModel*>(filter);
        QVERIFY(proxy);
        proxy->setDirectionVisible(Record::Direction::Info, false);
        QCOMPARE(pane.visibleLines().size(), 5);
        proxy->setDirectionVisible(Record::Direction::Info, true);

        auto* search = pane.findChild<QLineEdit*>(u"searchEdit"_s);
        auto* onlyMatching = pane.findChild<QCheckBox*>(u"onlyMatchingCheck"_s);
        QTest::keyClicks(search, u"auth"_s);
        onlyMatching->setChecked(true);
        const QStringList lines = pane.visibleLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).contains(u"~> AUTH PLAIN ********"_s));
        QVERIFY(lines.at(1).contains(u"<~ 235"_s));
        onlyMatching->setChecked(false);
        QCOMPARE(pane.visibleLines().size(), 7);

        // Find next selects the next match, wrapping around.
        auto* view = pane.findChild<QTableView*>(u"view"_s);
        pane.findNext();
        QCOMPARE(view->currentIndex().row(), 4);
        pane.findNext();
        QCOMPARE(view->currentIndex().row(), 5);
        pane.findNext();
        QCOMPARE(view->currentIndex().row(), 4);
        pane.findPrevious();
        QCOMPARE(view->currentIndex().row(), 5);
    }

    void hostileServerTextStaysEscaped()
    {
        // A real session against a server whose greeting, capabilities and SASL challenge
        // carry a C1 CSI and bidirectional overrides: the pane shows them as escapes, and
        // the saved transcript holds the escapes, never the characters themselves.
        const QByteArray challenge = QByteArray("Us\xc2\x9b"
                                                "31mer\xe2\x80\xae"
                                                "name:")
                                         .toBase64();
        testsupport::ScriptedServer server;
        QVERIFY(server.load("SEND 220 mx.test \\xe2\\x81\\xa6ready\\r\\n\n"
                            "C: EHLO client.test\n"
                            "SEND 250-mx.test \\xc2\\x9b31m\\r\\n250 AUTH LOGIN\\r\\n\n"
                            "C: AUTH LOGIN\n"
                            "S: 334 " +
                            challenge +
                            "\n"
                            "C~ \\S+\n"
                            "S: 334 UGFzc3dvcmQ6\n"
                            "C~ \\S+\n"
                            "S: 535 5.7.8 \xe2\x80\xae"
                            "bad\n"
                            "END\n"));
        QVERIFY(server.listen());
        smtp::SessionSettings settings = testsupport::testSettings(server.port());
        settings.credentials = {u"user"_s, u"pass"_s, smtp::Credentials::Kind::Password};
        settings.authMethod = smtp::AuthMethod::Login;
        settings.allowPlaintextAuth = true;
        testsupport::SessionHarness harness(settings);
        TranscriptPane pane;
        connect(&harness.session(), &smtp::SmtpSession::transcript, &pane, &TranscriptPane::append);
        QVERIFY(!harness.open());
        QVERIFY(harness.quit());
        QVERIFY2(server.waitForScript(5000), qPrintable(server.report()));

        QTRY_VERIFY(pane.visibleLines().join(u'\n').contains(u"Server challenge"_s));
        const QString saved = savedText(pane);
        for (const QString& text : {pane.visibleLines().join(u'\n'), saved}) {
            for (const QChar c : text) {
                const char16_t u = c.unicode();
                QVERIFY2(u == u'\n' ||
                             (u >= 0x20 && u != 0x7F && !(u >= 0x80 && u <= 0x9F) &&
                              !(u >= 0x202A && u <= 0x202E) && !(u >= 0x2066 && u <= 0x2069)),
                         qPrintable(u"U+%1 in: %2"_s.arg(uint(u), 4, 16, QChar(u'0')).arg(text)));
            }
            QVERIFY2(text.contains(u"Server challenge: Us<U+009B>31mer<U+202E>name:"_s),
                     qPrintable(text));
            QVERIFY2(text.contains(u"220 mx.test <U+2066>ready"_s), qPrintable(text));
            QVERIFY2(text.contains(u"250-mx.test <U+009B>31m"_s), qPrintable(text));
            QVERIFY2(text.contains(u"535 5.7.8 <U+202E>bad"_s), qPrintable(text));
        }
    }

    void copyAndSave()
    {
        TranscriptPane pane;
        appendSession(pane);
        const QString saved = savedText(pane);
        QCOMPARE(saved.count(u'\n'), 6);
        QVERIFY(saved.contains(u"-> EHLO client.example"_s));
        QVERIFY(saved.contains(u"** Connection lost"_s));

        auto* view = pane.findChild<QTableView*>(u"view"_s);
        view->selectRow(2);
        auto* copy = pane.findChild<QWidget*>(u"copyButton"_s);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text().trimmed().section(u"  "_s, 1),
                 u"-> EHLO client.example"_s);

        QTest::mouseClick(pane.findChild<QWidget*>(u"clearButton"_s), Qt::LeftButton);
        QCOMPARE(pane.model()->rowCount(), 0);
        QVERIFY(pane.visibleLines().isEmpty());
    }

    void hundredThousandLines()
    {
        TranscriptPane pane;
        pane.resize(900, 500);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 100000; ++i) {
            if (i % 10 == 0)
                pane.append(record(Record::Direction::Info, u"state %1"_s.arg(i), false,
                                   Record::Level::Debug));
            else
                pane.append(record(i % 2 ? Record::Direction::Client : Record::Direction::Server,
                                   u"line %1 of the transcript"_s.arg(i), i > 50000));
        }
        pane.model()->flush();
        QCoreApplication::processEvents();
        const qint64 appendMs = clock.restart();
        QCOMPARE(pane.model()->rowCount(), 100000);

        pane.setLevel(Record::Level::Debug);
        QCoreApplication::processEvents();
        const qint64 levelMs = clock.restart();

        auto* search = pane.findChild<QLineEdit*>(u"searchEdit"_s);
        pane.findChild<QCheckBox*>(u"onlyMatchingCheck"_s)->setChecked(true);
        search->setText(u"line 9999"_s);
        QCoreApplication::processEvents();
        const qint64 searchMs = clock.restart();
        // "line 9999" and "line 99991" … "line 99999" (99990 is a state record).
        QCOMPARE(pane.visibleLines().size(), 10);

        search->clear();
        pane.findChild<QCheckBox*>(u"onlyMatchingCheck"_s)->setChecked(false);
        auto* view = pane.findChild<QTableView*>(u"view"_s);
        view->scrollToBottom();
        view->repaint();
        const qint64 scrollMs = clock.restart();

        qInfo("100,000 lines: append %lld ms, level switch %lld ms, search %lld ms, "
              "scroll %lld ms",
              appendMs, levelMs, searchMs, scrollMs);
        // Generous bounds (debug build, shared CI cores): the point is "not seconds".
        QVERIFY2(appendMs < 3000, qPrintable(QString::number(appendMs)));
        QVERIFY2(levelMs < 500, qPrintable(QString::number(levelMs)));
        QVERIFY2(searchMs < 500, qPrintable(QString::number(searchMs)));
        QVERIFY2(scrollMs < 500, qPrintable(QString::number(scrollMs)));
    }
};

QTEST_MAIN(TestTranscript)
#include "tst_transcript.moc"
