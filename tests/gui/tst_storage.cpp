// The outbox and the draft store: atomic files, what a crash leaves behind, round trips.
#include "draftstore.h"
#include "messagefilewriter.h"
#include "outbox.h"
#include "sentfolder.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;
using namespace hongyan;

namespace {

OutboxEntry sampleEntry()
{
    OutboxEntry entry;
    entry.accountId = u"account-1"_s;
    entry.envelope.sender = u"alice@example.com"_s;
    entry.envelope.recipients = {u"bob@example.org"_s, u"张三@例子.中国"_s};
    entry.envelope.requiresSmtpUtf8 = true;
    entry.subject = u"季度报告"_s;
    entry.to = u"Bob <bob@example.org>"_s;
    Draft draft;
    draft.subject = entry.subject;
    draft.html = u"<p>Hello <img src=\"cid:a@hongyan\"></p>"_s;
    draft.plain = u"Hello"_s;
    draft.inlineImages.append({u"cid:a@hongyan"_s, u"image/png"_s, QByteArray("\x89PNG\r\n", 6)});
    entry.draft = draft;
    return entry;
}

std::optional<OutboxEntry> addAndWait(Outbox& outbox, OutboxEntry entry, const QByteArray& bytes,
                                      QString* error)
{
    auto buffer = std::make_shared<QBuffer>();
    buffer->setData(bytes);
    std::optional<OutboxEntry> stored;
    bool done = false;
    outbox.add(entry, buffer, [&](const std::optional<OutboxEntry>& result, const QString& why) {
        stored = result;
        *error = why;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 10000))
        *error = u"timeout"_s;
    return stored;
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void outboxStoresMessageAndSidecar()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.path());
        QSignalSpy changed(&outbox, &Outbox::changed);
        QString error;
        const QByteArray message = "Subject: x\r\n\r\nbody\r\n";
        const auto stored = addAndWait(outbox, sampleEntry(), message, &error);
        QVERIFY2(stored, qPrintable(error));
        QVERIFY(!stored->id.isEmpty());
        QCOMPARE(stored->size, message.size());
        QVERIFY(changed.count() >= 1);

        QFile eml(outbox.messagePath(stored->id));
        QVERIFY(eml.open(QIODevice::ReadOnly));
        QCOMPARE(eml.readAll(), message);

        const QList<OutboxEntry> entries = outbox.entries();
        QCOMPARE(entries.size(), 1);
        const OutboxEntry& read = entries.first();
        QCOMPARE(read.id, stored->id);
        QCOMPARE(read.envelope.recipients, sampleEntry().envelope.recipients);
        QVERIFY(read.envelope.requiresSmtpUtf8);
        QCOMPARE(read.subject, u"季度报告"_s);
        QVERIFY(read.draft);
        QCOMPARE(read.draft->inlineImages.size(), 1);
        QCOMPARE(read.draft->inlineImages.first().data, QByteArray("\x89PNG\r\n", 6));
        QCOMPARE(read.status, OutboxEntry::Status::Queued);
        QVERIFY(!outbox.isEmpty());
    }

    void outboxKeepsLastError()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.path());
        QString error;
        auto stored = addAndWait(outbox, sampleEntry(), "x\r\n", &error);
        QVERIFY(stored);
        smtp::Outcome outcome;
        outcome.category = smtp::Outcome::Category::Auth;
        outcome.phase = smtp::Phase::Auth;
        outcome.reason = smtp::Outcome::Reason::ServerReply;
        outcome.code = 535;
        outcome.enhanced = smtp::EnhancedStatus(5, 7, 8);
        outcome.serverText = u"Authentication credentials invalid"_s;
        outcome.recipients.append({u"bob@example.org"_s, false, 0, {}, {}});
        // A sentence inside a sentence keeps both, so both are shown in the day's language.
        outcome.detail = smtp::Note::of("Protocol error: %1",
                                        smtp::Note::of("reply line longer than %1 bytes", 512));
        stored->status = OutboxEntry::statusAfter(outcome);
        stored->lastError = outcome;
        stored->lastErrorHost = u"smtp.example.com"_s;
        stored->attempts = 2;
        QVERIFY(outbox.update(*stored, &error));

        const auto read = outbox.entry(stored->id);
        QVERIFY(read);
        QCOMPARE(read->status, OutboxEntry::Status::Failed);
        QCOMPARE(read->attempts, 2);
        QVERIFY(read->lastError);
        QCOMPARE(read->lastError->category, smtp::Outcome::Category::Auth);
        QCOMPARE(read->lastError->phase, smtp::Phase::Auth);
        QCOMPARE(read->lastError->code, 535);
        QCOMPARE(read->lastError->enhanced.toString(), u"5.7.8"_s);
        QCOMPARE(read->lastError->serverText, outcome.serverText);
        QCOMPARE(read->lastError->detail, outcome.detail);
        QCOMPARE(read->lastError->detail.inner.at(0).pattern, u"reply line longer than %1 bytes"_s);
        QCOMPARE(read->lastError->recipients.size(), 1);

        // A file written before details were notes has the English text only: it is shown as
        // it is.
        QJsonObject older = read->toJson();
        QJsonObject olderError = older.value(u"lastError"_s).toObject();
        olderError.remove(u"detailNote"_s);
        older.insert(u"lastError"_s, olderError);
        const OutboxEntry olderEntry = OutboxEntry::fromJson(older);
        QCOMPARE(olderEntry.lastError->detail,
                 smtp::Note::verbatim(u"Protocol error: reply line longer than 512 bytes"_s));
        QCOMPARE(read->lastErrorHost, u"smtp.example.com"_s);

        // The last reasons of the enum read back too (a null MX was read as "none" before).
        stored->lastError->reason = smtp::Outcome::Reason::NoMailRoute;
        QVERIFY(outbox.update(*stored, &error));
        QCOMPARE(outbox.entry(stored->id)->lastError->reason, smtp::Outcome::Reason::NoMailRoute);
    }

    void statusAfterOutcome()
    {
        smtp::Outcome outcome;
        outcome.category = smtp::Outcome::Category::Temporary;
        QCOMPARE(OutboxEntry::statusAfter(outcome), OutboxEntry::Status::Deferred);
        outcome.category = smtp::Outcome::Category::Unknown;
        QCOMPARE(OutboxEntry::statusAfter(outcome), OutboxEntry::Status::Unknown);
        outcome.category = smtp::Outcome::Category::Rejected;
        QCOMPARE(OutboxEntry::statusAfter(outcome), OutboxEntry::Status::Failed);
    }

    void crashLeftovers()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.path());
        QString error;
        const auto stored = addAndWait(outbox, sampleEntry(), "x\r\n", &error);
        QVERIFY(stored);
        // A message written before the crash, its sidecar never written: nothing was sent.
        QFile orphan(dir.filePath(u"0b3a7e1c-1111-2222-3333-444455556666.eml"_s));
        QVERIFY(orphan.open(QIODevice::WriteOnly));
        orphan.write("half\r\n");
        orphan.close();
        // A sidecar whose message went to the Sent folder just before the crash.
        QFile sidecar(dir.filePath(u"0b3a7e1c-9999-2222-3333-444455556666.json"_s));
        QVERIFY(sidecar.open(QIODevice::WriteOnly));
        sidecar.write(QJsonDocument(sampleEntry().toJson()).toJson());
        sidecar.close();
        // QSaveFile's temporary file of an interrupted write is not an entry.
        QFile temporary(dir.filePath(u"0b3a7e1c-7777-2222-3333-444455556666.eml.AbCdEf"_s));
        QVERIFY(temporary.open(QIODevice::WriteOnly));
        temporary.close();

        const QList<OutboxEntry> entries = outbox.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().id, stored->id);
        QVERIFY(!orphan.exists());
        QVERIFY(!sidecar.exists());
    }

    void moveToSentFolder()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.filePath(u"outbox"_s));
        SentFolder sent(dir.filePath(u"sent"_s));
        QString error;
        const auto stored = addAndWait(outbox, sampleEntry(), "Subject: x\r\n\r\nhi\r\n", &error);
        QVERIFY(stored);
        const QString target = sent.newPath(u"季度/报告 ../x"_s);
        QVERIFY(target.startsWith(sent.directory() + u'/'));
        QVERIFY(!target.mid(sent.directory().size() + 1).contains(u'/'));
        QVERIFY(outbox.moveMessage(stored->id, target, &error));
        QVERIFY(QFile::exists(target));
        QVERIFY(outbox.isEmpty());
        QVERIFY(outbox.entries().isEmpty());
        QVERIFY(sent.newPath(u"季度/报告 ../x"_s) != target);
    }

    void removeDeletesBothFiles()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.path());
        QString error;
        const auto stored = addAndWait(outbox, sampleEntry(), "x\r\n", &error);
        QVERIFY(stored);
        QVERIFY(outbox.remove(stored->id));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void lastTranscriptIsKeptWithTheEntry()
    {
        using Record = smtp::TranscriptRecord;
        QTemporaryDir dir;
        Outbox outbox(dir.path());
        QString error;
        const auto stored = addAndWait(outbox, sampleEntry(), "x\r\n", &error);
        QVERIFY(stored);
        QVERIFY(outbox.transcript(stored->id).isEmpty());
        Record reply = Record::make(Record::Direction::Server, u"535 5.7.8 no"_s, true);
        reply.time = QDateTime(QDate(2026, 12, 7), QTime(6, 0, 1, 250), Qt::UTC);
        const Record header = Record::make(Record::Direction::Client, u"MAIL FROM:<a@b>"_s, true,
                                           Record::Level::Debug);
        // Whatever is in the file, it comes back displayable: no raw escape sequence.
        const Record hostile = Record::make(Record::Direction::Server, u"250 ok\x1b[2J"_s, false);
        // An engine line keeps its note, so it is shown in the language of the day it is read.
        const Record engine = Record::make(
            Record::Direction::Error,
            smtp::Note::of("Certificate not trusted: %1", u"self-signed\x1b[2J"_s), true);
        QVERIFY(outbox.saveTranscript(stored->id, {reply, header, hostile, engine}, &error));
        // Not mistaken for a sidecar.
        QCOMPARE(outbox.entries().size(), 1);

        const QList<Record> back = outbox.transcript(stored->id);
        QCOMPARE(back.size(), 4);
        QCOMPARE(back.at(3).note.pattern, u"Certificate not trusted: %1"_s);
        QCOMPARE(back.at(3).note.arguments, QStringList{u"self-signed\\x1B[2J"_s});
        QVERIFY(back.at(0).note.isEmpty());
        QCOMPARE(back.at(0).direction, Record::Direction::Server);
        QCOMPARE(back.at(0).text, reply.text);
        QVERIFY(back.at(0).encrypted);
        QCOMPARE(back.at(0).time, reply.time);
        QCOMPARE(back.at(1).direction, Record::Direction::Client);
        QCOMPARE(back.at(1).level, Record::Level::Debug);
        QCOMPARE(back.at(2).text, u"250 ok\\x1B[2J"_s);

        // It leaves with its entry, and a leftover without one is cleaned up.
        QVERIFY(outbox.remove(stored->id));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
        QFile leftover(dir.filePath(u"0b3a7e1c-1111-2222-3333-444455556666.transcript"_s));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("[]");
        leftover.close();
        QVERIFY(outbox.entries().isEmpty());
        QVERIFY(!leftover.exists());
    }

    void unreadableSourceLeavesNothing()
    {
        QTemporaryDir dir;
        Outbox outbox(dir.path());
        auto missing = std::make_shared<QFile>(dir.filePath(u"does-not-exist"_s));
        bool done = false;
        std::optional<OutboxEntry> stored;
        QString error;
        outbox.add(sampleEntry(), missing,
                   [&](const std::optional<OutboxEntry>& result, const QString& why) {
                       stored = result;
                       error = why;
                       done = true;
                   });
        QTRY_VERIFY(done);
        QVERIFY(!stored);
        QVERIFY(!error.isEmpty());
        QVERIFY(outbox.entries().isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void writerCancel()
    {
        QTemporaryDir dir;
        // Large enough that the copy is still running when cancel() arrives.
        auto buffer = std::make_shared<QBuffer>();
        buffer->setData(QByteArray(64 * 1024 * 1024, 'x'));
        MessageFileWriter writer(buffer, dir.filePath(u"out.eml"_s));
        QSignalSpy finished(&writer, &MessageFileWriter::finished);
        writer.start();
        writer.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!QFile::exists(dir.filePath(u"out.eml"_s)));
    }

    void draftRoundTrip()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        Draft draft;
        draft.accountId = u"acc"_s;
        draft.to = u"\"张三\" <zhang@example.com>, bob@"_s; // half-typed is fine in a draft
        draft.cc = u"c@example.com"_s;
        draft.bcc = u"d@example.com"_s;
        draft.subject = u"Hello 你好"_s;
        draft.html = u"<p><b>bold</b><img src=\"cid:x@hongyan\"></p>"_s;
        draft.plain = u"bold"_s;
        draft.attachments = {u"/tmp/a.pdf"_s, u"/tmp/报告.xlsx"_s};
        draft.inlineImages.append({u"cid:x@hongyan"_s, u"image/png"_s, QByteArray(1000, 'p')});
        draft.inlineImages.append({u"cid:y@hongyan"_s, u"image/jpeg"_s, QByteArray(500, 'j')});
        QString error;
        QVERIFY2(store.save(draft, &error), qPrintable(error));
        QVERIFY(!draft.id.isEmpty());
        QVERIFY(draft.modified.isValid());

        const auto loaded = store.load(draft.id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(*loaded, draft);
        QCOMPARE(store.ids(), QStringList{draft.id});

        // An image dropped from the body is dropped from disk too.
        draft.inlineImages.removeLast();
        QVERIFY(store.save(draft, &error));
        QCOMPARE(QDir(dir.filePath(draft.id + u".images"_s)).entryList(QDir::Files).size(), 1);
        QCOMPARE(store.load(draft.id)->inlineImages.size(), 1);

        QVERIFY(store.remove(draft.id));
        QVERIFY(!store.contains(draft.id));
        QVERIFY(
            QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    }

    void draftLoadAllSkipsBrokenFiles()
    {
        QTemporaryDir dir;
        DraftStore store(dir.path());
        Draft first;
        first.subject = u"first"_s;
        QVERIFY(store.save(first));
        QTest::qWait(5);
        Draft second;
        second.subject = u"second"_s;
        QVERIFY(store.save(second));
        QFile broken(dir.filePath(u"0b3a7e1c-dead-beef-3333-444455556666.json"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{ not json");
        broken.close();
        QTest::ignoreMessage(
            QtWarningMsg,
            QRegularExpression(u"unreadable draft"_s, QRegularExpression::CaseInsensitiveOption));
        const QList<Draft> all = store.loadAll();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).subject, u"first"_s);
        QCOMPARE(all.at(1).subject, u"second"_s);
        QVERIFY(broken.exists());
    }

    void draftIdsCannotEscapeTheDirectory()
    {
        QTemporaryDir dir;
        DraftStore store(dir.filePath(u"drafts"_s));
        Draft draft;
        draft.id = u"../escape"_s;
        QString error;
        QVERIFY(!store.save(draft, &error));
        QVERIFY(!store.load(u"../../etc/passwd"_s));
        QVERIFY(!store.remove(u"../x"_s));
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
