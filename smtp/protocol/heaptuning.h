#pragma once

namespace smtp {

// Qt's TLS socket allocates and frees about a megabyte of buffers (its plain-text queue,
// OpenSSL's output, the TCP socket's queue) for every megabyte sent. With glibc's defaults
// each cycle hands the freed heap back to the kernel and faults it in again, zeroed: a
// 100 MB send took 66,000 page faults and 2/3 of its CPU time. This keeps large blocks in
// the heap and up to 16 MB of free heap for reuse. Process-wide: call once, first thing in
// main(), in a program that sends large messages.
void keepFreedMemoryForReuse();

} // namespace smtp
