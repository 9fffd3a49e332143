#pragma once

#include <QByteArray>
#include <QIODevice>

namespace testsupport {

// A message source whose size is not known in advance, like a pipe: sequential, all of its
// bytes readable at once, at its end when drained.
class SequentialBuffer : public QIODevice
{
    Q_OBJECT

public:
    explicit SequentialBuffer(QByteArray data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace testsupport
