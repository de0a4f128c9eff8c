#pragma once

#include "mainwindow/MainWindow.h"
#include "session/Session.h"

#include <QTemporaryDir>

#include <memory>

namespace kith::test {

// A main window over a fresh database (the demo network, or empty) with "today" fixed,
// and settings that never touch the real user's.
class DesktopFixture
{
public:
    enum class Content
    {
        Demo,
        Empty
    };
    explicit DesktopFixture(Content content = Content::Demo);
    ~DesktopFixture();

    ui::MainWindow &window() { return *m_window; }
    ui::Session &session() { return m_window->session(); }
    QString dir() const { return m_dir.path(); }
    QString path() const { return m_path; }

    static QDate today() { return QDate(2026, 3, 15); }
    // Settings only the desktop tests use; call once before anything reads QSettings, and
    // clear them (QSettings().clear()) before each test.
    static void isolateSettings();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ui::MainWindow> m_window;
};

// Runs `action` as soon as a modal dialog is up (QDialog::exec() blocks the test otherwise).
void whenModalShows(std::function<void(QWidget *dialog)> action);

} // namespace kith::test
