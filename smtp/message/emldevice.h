#pragma once

#include "note.h"

#include <QFile>
#include <QIODevice>
#include <QList>
#include <QString>

#include <utility>

namespace smtp {

// A file read with some byte ranges left out, as a random-access QIODevice: how an .eml
// file is sent without its Bcc field. The size is known before the first read; if the
// file's size changed since the ranges were found, open() or read() fails (errorString()
// names the file) rather than sending different bytes.
class EmlDevice : public QIODevice
{
    Q_OBJECT

public:
    // omitted: sorted, disjoint [start, end) byte ranges of the file.
    EmlDevice(const QString& path, qint64 fileSize, QList<std::pair<qint64, qint64>> omitted,
              QObject* parent = nullptr);

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 position) override;
    // Why open() or the last read failed, as a sentence for a person (errorString() is its
    // English text).
    Note readFailure() const { return m_readFailure; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    Note cannotRead() const;
    void fail(Note why);

    struct Piece
    {
        qint64 fileStart;
        qint64 length;
        qint64 start; // offset in the device
    };

    QFile m_file;
    qint64 m_fileSize;
    QList<Piece> m_pieces;
    qint64 m_size = 0;
    qint64 m_position = 0;
    Note m_readFailure;
};

} // namespace smtp
