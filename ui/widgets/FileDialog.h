#pragma once

#include <QString>

class QWidget;

namespace kith::ui {

// File choosers go through here so tests can preset the file the "user" picks.
class FileDialog
{
public:
    static QString openFileName(QWidget *parent, const QString &title, const QString &directory,
                                const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &directory,
                                const QString &filter);
    static QString directoryName(QWidget *parent, const QString &title, const QString &directory);

    // The next chooser returns `path` (empty: as if cancelled) without showing anything.
    static void setNextFileName(const QString &path);

private:
    static bool takePreset(QString &path);
};

} // namespace kith::ui
