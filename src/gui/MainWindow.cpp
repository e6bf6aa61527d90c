// Copyright (C) 2026 The WalletCase developers. GPL-3.0-or-later; see LICENSE.
#include "gui/MainWindow.h"

namespace wc::gui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {}

} // namespace wc::gui
