#include "DesktopFixture.h"

#include "demo/DemoNetwork.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

namespace kith::test {

void DesktopFixture::isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("kith-desktop-test"));
    // One settings file per test program: CTest runs them side by side, and a window closing
    // in one would otherwise overwrite the layout another has just saved and is about to read.
    QCoreApplication::setApplicationName(
        QFileInfo(QCoreApplication::applicationFilePath()).completeBaseName());
}

DesktopFixture::DesktopFixture(Content content)
{
    m_path = m_dir.filePath(QStringLiteral("network.sqlite"));
    Result<std::unique_ptr<ui::Session>> session = ui::Session::open(m_path, {});
    if (!session) {
        QTest::qFail(qPrintable(session.errorMessage()), __FILE__, __LINE__);
        return;
    }
    (*session)->setToday(today());
    if (content == Content::Demo) {
        const Status status = demo::populate((*session)->db(), today());
        if (!status)
            QTest::qFail(qPrintable(status.errorMessage()), __FILE__, __LINE__);
    }
    m_window = std::make_unique<ui::MainWindow>(std::move(session).value());
    m_window->resize(1280, 800);
    m_window->show();
}

DesktopFixture::~DesktopFixture()
{
    m_window.reset();
}

void whenModalShows(std::function<void(QWidget *dialog)> action)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, action] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            action(dialog);
        }
    });
    timer->start();
}

} // namespace kith::test
