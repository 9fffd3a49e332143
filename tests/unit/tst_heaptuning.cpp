#include "heaptuning.h"
#include "testrequirement.h"

#include <QTest>

#include <cstdlib>

#ifdef __GLIBC__
#include <malloc.h>
#endif

// keepFreedMemoryForReuse() must change what glibc's allocator does, observed through
// mallinfo2(): a megabyte block comes from the heap, not from its own mapping, and freeing
// it leaves the heap as large as it was, ready for the next block.
class TestHeapTuning : public QObject
{
    Q_OBJECT

private slots:
    void largeBlocksStayInTheHeap();
};

void TestHeapTuning::largeBlocksStayInTheHeap()
{
#ifdef __GLIBC__
    smtp::keepFreedMemoryForReuse();
    constexpr std::size_t blockSize = 4 * 1024 * 1024;
    const struct mallinfo2 before = mallinfo2();
    void* block = std::malloc(blockSize);
    QVERIFY(block);
    static_cast<char*>(block)[blockSize - 1] = 1; // touched, as a send buffer would be
    const struct mallinfo2 allocated = mallinfo2();
    std::free(block);
    const struct mallinfo2 freed = mallinfo2();

    // glibc's default threshold (128 KiB) would have mapped the block on its own.
    QCOMPARE(allocated.hblkhd, before.hblkhd);
    QVERIFY2(
        allocated.arena >= before.arena + blockSize,
        qPrintable(QStringLiteral("heap %1 -> %2 bytes").arg(before.arena).arg(allocated.arena)));
    // glibc's default trim threshold (128 KiB) would have handed the block back at once.
    QVERIFY2(
        freed.arena >= before.arena + blockSize,
        qPrintable(
            QStringLiteral("heap %1 -> %2 bytes after free").arg(before.arena).arg(freed.arena)));
#else
    HY_REQUIRE(false, "the tuning is for glibc's allocator");
#endif
}

QTEST_GUILESS_MAIN(TestHeapTuning)
#include "tst_heaptuning.moc"
