#pragma once

#include <QStringList>

class QWidget;

namespace kith::ui {

// Small text prompts ("Add tag") go through here so tests can preset the answer.
class InputDialog
{
public:
    // Returns the text, or nullopt when cancelled. `suggestions` complete the input.
    static std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                       const QStringList &suggestions = {});
    static void setNextText(const std::optional<QString> &text);
};

} // namespace kith::ui
