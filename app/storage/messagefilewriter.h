#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QIODevice;

namespace hongyan {

// Copies a message from a QIODevice into a file atomically (QSaveFile: the file appears
// complete or not at all). The copy runs on a worker thread, so neither encoding a large
// attachment nor flushing it to disk stalls the event loop; progress and the result come
// back as signals on the writer's thread. The source is used only by the worker until
// finished() and must not be touched by anyone else in between.
class MessageFileWriter : public QObject
{
    Q_OBJECT

public:
    MessageFileWriter(std::shared_ptr<QIODevice> source, QString path, QObject* parent = nullptr);
    // Cancels a copy still running; the file is then not written.
    ~MessageFileWriter() override;

    void start();
    void cancel();

signals:
    void progress(qint64 written, qint64 total);
    // error: in the user's language, names the file; empty on success.
    void finished(bool ok, const QString& error);

private:
    struct Shared;

    std::shared_ptr<QIODevice> m_source;
    QString m_path;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
};

} // namespace hongyan
