#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace concierge::ui {

class ConsoleClient;
class CsvImport;
class PagedTableModel;

// "Knowledge base": the questions and answers the assistant answers from. Search, add, edit (a dialog), delete
// (confirmed), import a CSV file with its report. Changes are answered from at once. Read-only for agents, and for
// everyone when the knowledge base lives in Baserow.
class KnowledgePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KnowledgePage)

public:
    explicit KnowledgePage(ConsoleClient *client, QWidget *parent = nullptr);
    void reload();
    void addEntry();
    void editSelected();
    void deleteSelected();

private:
    void updateButtons();

    ConsoleClient *m_client;
    PagedTableModel *m_model = nullptr;
    CsvImport *m_import = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_importButton = nullptr;
    bool m_readOnly = false;
};

} // namespace concierge::ui
