#pragma once

#include "FieldWidget.h"
#include "model/Common.h"

#include <functional>

class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace kith::ui {

// Picks one record (a person, an organization, an event…) by typing part of its name:
// suggestions come from `lookup` as the user types, so it works on 100,000 records.
class RecordPicker final : public FieldWidget
{
    Q_OBJECT

public:
    struct Choice
    {
        Id id;
        QString label;
    };
    using Lookup = std::function<QList<Choice>(const QString &text)>;

    explicit RecordPicker(Lookup lookup, QWidget *parent = nullptr);

    std::optional<Id> id() const { return m_id; }
    QString label() const;
    void setRecord(std::optional<Id> id, const QString &label);
    // False while the text names nothing picked from the suggestions.
    bool isResolved() const;
    QLineEdit *edit() const { return m_edit; }

private:
    void suggest(const QString &text);
    void pick(const QModelIndex &index);

    Lookup m_lookup;
    QLineEdit *m_edit;
    QCompleter *m_completer;
    QStandardItemModel *m_suggestions;
    std::optional<Id> m_id;
    QString m_pickedLabel;
};

} // namespace kith::ui
