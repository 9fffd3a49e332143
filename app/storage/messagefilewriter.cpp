#include "messagefilewriter.h"

#include "readfailure.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QIODevice>
#include <QPointer>
#include <QSaveFile>
#include <QThreadPool>

#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace hongyan {

namespace {

// Why the message could not be read, in the person's language: which attachment or file, and
// what happened to it.
QString cannotRead(const QIODevice& source)
{
    const smtp::Note why = smtp::readFailureOf(source);
    if (why.isEmpty())
        return MessageFileWriter::tr("Cannot read the message.");
    return MessageFileWriter::tr("Cannot read the message: %1").arg(why.localized());
}

} // namespace

struct MessageFileWriter::Shared
{
    std::atomic_bool cancelled = false;
};

MessageFileWriter::MessageFileWriter(std::shared_ptr<QIODevice> source, QString path,
                                     QObject* parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_path(std::move(path))
    , m_shared(std::make_shared<Shared>())
{}

MessageFileWriter::~MessageFileWriter()
{
    m_shared->cancelled = true;
}

void MessageFileWriter::cancel()
{
    m_shared->cancelled = true;
}

void MessageFileWriter::start()
{
    if (m_running)
        return;
    m_running = true;
    QPointer<MessageFileWriter> self(this);
    // The worker owns copies of the shared pointers: it may outlive this object (which
    // then only stops listening), never the other way round.
    QThreadPool::globalInstance()->start([self, source = m_source, path = m_path,
                                          shared = m_shared]() {
        // Posted to the application object, which outlives any writer; the writer itself
        // may be gone by the time the event is delivered.
        auto report = [self](auto function) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, function]() {
                    if (self)
                        function(self.data());
                },
                Qt::QueuedConnection);
        };
        auto fail = [&](const QString& error) {
            report([error](MessageFileWriter* writer) {
                writer->m_running = false;
                emit writer->finished(false, error);
            });
        };

        if (!source->isOpen() && !source->open(QIODevice::ReadOnly)) {
            fail(cannotRead(*source));
            return;
        }
        const qint64 total = source->size();
        QSaveFile file(path);
        if (!QDir().mkpath(QFileInfo(path).absolutePath()) || !file.open(QIODevice::WriteOnly)) {
            fail(u"%1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        QByteArray buffer(1024 * 1024, Qt::Uninitialized);
        qint64 written = 0;
        QElapsedTimer sinceReport;
        sinceReport.start();
        for (;;) {
            if (shared->cancelled) {
                file.cancelWriting();
                fail(tr("Cancelled"));
                return;
            }
            const qint64 n = source->read(buffer.data(), buffer.size());
            if (n < 0) {
                file.cancelWriting();
                fail(cannotRead(*source));
                return;
            }
            if (n == 0)
                break;
            if (file.write(buffer.constData(), n) != n) {
                const QString error = file.errorString();
                file.cancelWriting();
                fail(u"%1: %2"_s.arg(QDir::toNativeSeparators(path), error));
                return;
            }
            written += n;
            // A few reports a second are enough for a progress bar.
            if (sinceReport.elapsed() >= 100) {
                sinceReport.restart();
                report([written, total](MessageFileWriter* writer) {
                    emit writer->progress(written, total);
                });
            }
        }
        if (shared->cancelled || !file.commit()) {
            const QString error =
                shared->cancelled
                    ? tr("Cancelled")
                    : u"%1: %2"_s.arg(QDir::toNativeSeparators(path), file.errorString());
            fail(error);
            return;
        }
        report([written](MessageFileWriter* writer) {
            writer->m_running = false;
            emit writer->progress(written, written);
            emit writer->finished(true, QString());
        });
    });
}

} // namespace hongyan
