"""What the window shows with no file open: the first start's three ways in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    """Signals:
        create_business(): set up the user's own business file.
        explore_demo(): open the demo business.
        open_file(): choose an existing data file.
    """

    create_business = Signal()
    explore_demo = Signal()
    open_file = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Welcome to DebtorDesk"))
        font = title.font()
        font.setPointSize(font.pointSize() + 8)
        title.setFont(font)
        intro = QLabel(self.tr(
            "DebtorDesk helps you get late invoices paid without losing the client: "
            "a calm follow-up, a record of every step, and letters that meet the legal requirements."))
        intro.setWordWrap(True)
        intro.setMinimumHeight(intro.heightForWidth(520))
        self.create_button = QPushButton(self.tr("Set up my business"))
        self.create_button.setObjectName("createBusiness")
        self.demo_button = QPushButton(self.tr("Explore the demo business"))
        self.demo_button.setObjectName("exploreDemo")
        self.open_button = QPushButton(self.tr("Open a data file…"))
        self.open_button.setObjectName("openFile")
        self.create_button.clicked.connect(self.create_business)
        self.demo_button.clicked.connect(self.explore_demo)
        self.open_button.clicked.connect(self.open_file)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(16)
        for button in (self.create_button, self.demo_button, self.open_button):
            button.setMinimumHeight(40)
            column.addWidget(button)
        box = QWidget()
        box.setFixedWidth(520)  # a fixed width lets the wrapped intro get its full height
        box.setLayout(column)
        box.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.addStretch(1)  # an unnumbered stretch is 0 and would collapse next to the 2 below
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.create_button.setDefault(True)
