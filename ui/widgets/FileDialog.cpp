#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace kith::ui {

namespace {

std::optional<QString> preset;

} // namespace

bool FileDialog::takePreset(QString &path)
{
    if (!preset)
        return false;
    path = *std::exchange(preset, std::nullopt);
    return true;
}

QString FileDialog::openFileName(QWidget *parent, const QString &title, const QString &directory,
                                 const QString &filter)
{
    QString path;
    if (takePreset(path))
        return path;
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QString FileDialog::saveFileName(QWidget *parent, const QString &title, const QString &directory,
                                 const QString &filter)
{
    QString path;
    if (takePreset(path))
        return path;
    return QFileDialog::getSaveFileName(parent, title, directory, filter);
}

QString FileDialog::directoryName(QWidget *parent, const QString &title, const QString &directory)
{
    QString path;
    if (takePreset(path))
        return path;
    return QFileDialog::getExistingDirectory(parent, title, directory);
}

void FileDialog::setNextFileName(const QString &path)
{
    preset = path;
}

} // namespace kith::ui
