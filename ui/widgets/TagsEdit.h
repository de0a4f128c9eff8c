#pragma once

#include "FieldWidget.h"

class QCompleter;
class QLineEdit;

namespace kith::ui {

// Tags typed as a comma-separated list, completing each one from the tags already in use.
class TagsEdit final : public FieldWidget
{
    Q_OBJECT

public:
    explicit TagsEdit(const QStringList &knownTags, QWidget *parent = nullptr);

    QStringList tags() const;
    void setTags(const QStringList &tags);
    QLineEdit *edit() const { return m_edit; }

private:
    QLineEdit *m_edit;
    QCompleter *m_completer;
};

} // namespace kith::ui
