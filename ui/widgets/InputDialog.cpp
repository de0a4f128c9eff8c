#include "InputDialog.h"

#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kith::ui {

namespace {

bool hasPreset = false;
std::optional<QString> preset;

} // namespace

std::optional<QString> InputDialog::text(QWidget *parent, const QString &title,
                                         const QString &label, const QStringList &suggestions)
{
    if (std::exchange(hasPreset, false))
        return std::exchange(preset, std::nullopt);

    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *prompt = new QLabel(label, &dialog);
    auto *edit = new QLineEdit(&dialog);
    edit->setObjectName(QStringLiteral("inputEdit"));
    prompt->setBuddy(edit);
    if (!suggestions.isEmpty()) {
        auto *completer = new QCompleter(suggestions, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(prompt);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted || edit->text().trimmed().isEmpty())
        return std::nullopt;
    return edit->text().trimmed();
}

void InputDialog::setNextText(const std::optional<QString> &text)
{
    hasPreset = true;
    preset = text;
}

} // namespace kith::ui
