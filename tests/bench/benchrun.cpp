// benchrun: runs one command and writes its wall time, CPU time and peak RSS to a file.
//
//   benchrun RESULT-FILE COMMAND [ARGS...]
//
// RESULT-FILE gets one line: "wall_us cpu_us maxrss_kib status" (status: the exit code, or
// 128 + the signal). The command's standard streams are inherited.
//
// Why not measure from the Python driver: a child forked from a process keeps that
// process's resident pages until exec, and the kernel counts them in the child's peak RSS,
// so every tool would show at least the interpreter's ~19 MB. Forked from this small
// program instead, the floor is about 1 MB, the same for every tool.

#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

namespace {

long long microseconds(const timeval& t)
{
    return static_cast<long long>(t.tv_sec) * 1000000 + t.tv_usec;
}

long long nowMicroseconds()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return static_cast<long long>(t.tv_sec) * 1000000 + t.tv_nsec / 1000;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: benchrun RESULT-FILE COMMAND [ARGS...]\n");
        return 2;
    }
    const long long start = nowMicroseconds();
    const pid_t child = fork();
    if (child < 0) {
        std::perror("benchrun: fork");
        return 2;
    }
    if (child == 0) {
        execvp(argv[2], argv + 2);
        std::perror("benchrun: exec");
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(child, &status, 0, &usage) < 0) {
        std::perror("benchrun: wait4");
        return 2;
    }
    const long long wall = nowMicroseconds() - start;
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE* out = std::fopen(argv[1], "w");
    if (!out) {
        std::perror("benchrun: result file");
        return 2;
    }
    std::fprintf(out, "%lld %lld %ld %d\n", wall,
                 microseconds(usage.ru_utime) + microseconds(usage.ru_stime), usage.ru_maxrss,
                 code);
    std::fclose(out);
    return 0;
}
