// "Select all on this page" for a back-office list: the header's box ticks or clears every row's box, and shows a
// mixed state when only some are ticked. Without JavaScript the header box stays hidden and rows are ticked one by one.
(() => {
    "use strict";

    for (const all of document.querySelectorAll("input[data-select-all]")) {
        const table = all.closest("table");
        const rows = () => [...table.querySelectorAll("tbody input[type=checkbox]")];
        const update = () => {
            const ticked = rows().filter(box => box.checked).length;
            all.checked = ticked > 0 && ticked === rows().length;
            all.indeterminate = ticked > 0 && ticked < rows().length;
        };

        all.addEventListener("change", () => {
            for (const box of rows()) {
                box.checked = all.checked;
            }

            update();
        });
        table.addEventListener("change", event => {
            if (event.target !== all) {
                update();
            }
        });
        all.hidden = false;
        update();
    }
})();
