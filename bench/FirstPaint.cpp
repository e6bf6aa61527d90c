// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// wc_bench_first_paint [--timeout S] [--title TEXT] -- PROGRAM ARGS...
//
// Starts PROGRAM on $DISPLAY and prints, as one line of JSON, the milliseconds from the exec to
// the first damage (pixels drawn) of its first top-level window whose title contains TEXT (any
// window without --title), and the process's resident memory at that moment and 1 s later; then
// kills it. XDamage sees the pixels themselves: polling with `xdotool --sync` only sees the map,
// every 0.5 s, and cannot tell a 120 ms start from a 400 ms one.
#include <X11/Xatom.h>
#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/Xdamage.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <sys/select.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

long rssKiB(pid_t pid)
{
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10);
    }
    return -1;
}

std::string titleOf(Display* display, Window window)
{
    // _NET_WM_NAME (UTF-8) as Qt sets it, else WM_NAME.
    Atom utf8 = XInternAtom(display, "UTF8_STRING", False);
    Atom netName = XInternAtom(display, "_NET_WM_NAME", False);
    Atom type;
    int format;
    unsigned long count, after;
    unsigned char* data = nullptr;
    std::string title;
    if (XGetWindowProperty(display, window, netName, 0, 4096, False, utf8, &type, &format, &count,
                           &after, &data) == Success &&
        data) {
        title.assign(reinterpret_cast<char*>(data), count);
        XFree(data);
    }
    if (title.empty()) {
        char* name = nullptr;
        if (XFetchName(display, window, &name) && name) {
            title = name;
            XFree(name);
        }
    }
    return title;
}

std::string jsonEscape(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (static_cast<unsigned char>(c) >= 0x20)
            out += c;
    }
    return out;
}

// A window destroyed between its damage event and our reply (the program closing a splash or
// a dialog) makes the server refuse the reply; that is no reason to stop measuring.
int ignoreXError(Display*, XErrorEvent*)
{
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    double timeoutS = 60;
    std::string wanted;
    int first = 1;
    for (; first < argc; ++first) {
        if (!std::strcmp(argv[first], "--timeout") && first + 1 < argc)
            timeoutS = std::atof(argv[++first]);
        else if (!std::strcmp(argv[first], "--title") && first + 1 < argc)
            wanted = argv[++first];
        else if (!std::strcmp(argv[first], "--")) {
            ++first;
            break;
        } else
            break;
    }
    if (first >= argc) {
        std::fprintf(stderr, "usage: %s [--timeout S] [--title TEXT] -- PROGRAM ARGS...\n",
                     argv[0]);
        return 2;
    }
    Display* display = XOpenDisplay(nullptr);
    if (!display) {
        std::fprintf(stderr, "cannot open display %s\n", std::getenv("DISPLAY"));
        return 1;
    }
    XSetErrorHandler(ignoreXError);
    int damageEvent = 0, damageError = 0;
    if (!XDamageQueryExtension(display, &damageEvent, &damageError)) {
        std::fprintf(stderr, "the X server has no DAMAGE extension\n");
        return 1;
    }
    const Window root = DefaultRootWindow(display);
    XSelectInput(display, root, SubstructureNotifyMask);
    XSync(display, False);

    const Clock::time_point start = Clock::now();
    const pid_t child = fork();
    if (child == 0) {
        execvp(argv[first], argv + first);
        std::perror("exec");
        _exit(127);
    }

    std::vector<std::pair<Window, Damage>> watched;
    double paintedMs = -1;
    std::string paintedTitle;
    const int fd = ConnectionNumber(display);
    while (paintedMs < 0) {
        const double elapsed =
            std::chrono::duration<double>(Clock::now() - start).count();
        if (elapsed > timeoutS)
            break;
        if (waitpid(child, nullptr, WNOHANG) == child) {
            std::fprintf(stderr, "the program exited before painting\n");
            return 1;
        }
        if (!XPending(display)) {
            fd_set set;
            FD_ZERO(&set);
            FD_SET(fd, &set);
            timeval tv{0, 50'000};
            select(fd + 1, &set, nullptr, nullptr, &tv);
            continue;
        }
        XEvent event;
        XNextEvent(display, &event);
        if (event.type == MapNotify && event.xmap.event == root &&
            !event.xmap.override_redirect) {
            const Window window = event.xmap.window;
            watched.emplace_back(window, XDamageCreate(display, window, XDamageReportNonEmpty));
        } else if (event.type == damageEvent + XDamageNotify) {
            const auto* notify = reinterpret_cast<XDamageNotifyEvent*>(&event);
            const std::string title = titleOf(display, notify->drawable);
            XDamageSubtract(display, notify->damage, None, None);
            if (wanted.empty() || title.find(wanted) != std::string::npos) {
                paintedMs = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
                paintedTitle = title;
            }
        }
    }
    const long rssAtPaint = rssKiB(child);
    long rssSettled = -1;
    if (paintedMs >= 0) {
        std::this_thread::sleep_for(std::chrono::seconds(1));
        rssSettled = rssKiB(child);
    }
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
    std::printf("{\"first_paint_ms\": %.1f, \"rss_kib_at_paint\": %ld, \"rss_kib_after_1s\": %ld, "
                "\"timed_out\": %s, \"title\": \"%s\"}\n",
                paintedMs, rssAtPaint, rssSettled, paintedMs < 0 ? "true" : "false",
                jsonEscape(paintedTitle).c_str());
    XCloseDisplay(display);
    return paintedMs < 0 ? 3 : 0;
}
