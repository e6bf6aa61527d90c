// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
// wc_bench_bare_window: the baseline of the start-up benchmark — a bare Qt 6 QMainWindow built
// with the same compiler, flags and Qt as WalletCase, titled like it so the same probe finds it.
#include <QApplication>
#include <QMainWindow>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare — WalletCase baseline"));
    window.resize(1100, 700);
    window.show();
    return app.exec();
}
