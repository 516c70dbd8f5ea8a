// Record pickers (Admin/Common/_RecordPicker.cshtml): the form's select, which holds only the chosen record and a few
// matches, becomes an ARIA 1.2 combobox with a list autocomplete. Typing asks the page's JSON handler
// (data-picker-source, ?q=) for the matching records; Down and Up move through them (aria-activedescendant), Enter or
// a click chooses one, Escape closes the list (or, when it is closed, clears the field). The choice is written to the
// hidden select, so the form posts the same field as without JavaScript, and the server still checks it.
// Without JavaScript, the select and the "Find" button (which posts the search back) stay as they are.
(() => {
    "use strict";

    const delay = 200;

    for (const picker of document.querySelectorAll("[data-picker-source]")) {
        const select = picker.querySelector("select");
        const label = picker.querySelector(`label[for="${select.id}"]`);
        const source = picker.dataset.pickerSource;
        const input = document.createElement("input");
        const list = document.createElement("ul");
        const status = document.createElement("div");
        let options = [];
        let active = -1;
        let asked = 0;
        let timer = 0;

        input.type = "text";
        input.id = `${select.id}-combobox`;
        input.className = select.className.replace("form-select", "form-control");
        input.autocomplete = "off";
        input.spellcheck = false;
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", `${select.id}-listbox`);
        for (const name of ["aria-invalid", "aria-describedby"]) {
            if (select.hasAttribute(name)) {
                input.setAttribute(name, select.getAttribute(name));
            }
        }

        const chosen = select.selectedOptions[0];
        input.value = chosen && chosen.value !== "" ? chosen.textContent : "";
        list.id = `${select.id}-listbox`;
        list.className = "admin-picker-list";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", label.textContent.trim());
        list.hidden = true;
        status.className = "visually-hidden";
        status.setAttribute("role", "status");

        label.htmlFor = input.id;
        select.hidden = true;
        select.tabIndex = -1;
        picker.querySelector("[data-picker-fallback]").hidden = true;
        select.after(input, list, status);

        const close = () => {
            list.hidden = true;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
            active = -1;
        };

        const activate = index => {
            options.forEach((option, i) => option.setAttribute("aria-selected", i === index ? "true" : "false"));
            active = index;
            if (index < 0) {
                input.removeAttribute("aria-activedescendant");
                return;
            }

            input.setAttribute("aria-activedescendant", options[index].id);
            options[index].scrollIntoView({ block: "nearest" });
        };

        const choose = option => {
            const value = option.dataset.value;
            let held = [...select.options].find(o => o.value === value);
            if (!held) {
                held = new Option(option.textContent, value);
                select.add(held);
            }

            select.value = value;
            input.value = option.textContent;
            status.textContent = `${option.textContent} chosen.`;
            close();
        };

        const show = choices => {
            options = choices.map((choice, i) => {
                const option = document.createElement("li");
                option.id = `${list.id}-${i}`;
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.dataset.value = String(choice.id);
                option.textContent = choice.label;
                return option;
            });
            list.replaceChildren(...options);
            active = -1;
            input.removeAttribute("aria-activedescendant");
            status.textContent = choices.length === 0 ? "No match." : `${choices.length} found.`;
            list.hidden = choices.length === 0;
            input.setAttribute("aria-expanded", choices.length === 0 ? "false" : "true");
        };

        const search = async () => {
            const ask = ++asked;
            const url = new URL(source, window.location.href);
            url.searchParams.set("q", input.value.trim());
            try {
                const response = await fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" });
                const choices = response.ok ? await response.json() : [];
                if (ask === asked && document.activeElement === input) {
                    show(choices);
                }
            } catch {
                status.textContent = "The search did not answer; try again.";
            }
        };

        input.addEventListener("input", () => {
            // What is typed is a search: the record chosen before no longer stands until another is chosen.
            select.value = "";
            window.clearTimeout(timer);
            timer = window.setTimeout(search, delay);
        });

        input.addEventListener("keydown", event => {
            const open = !list.hidden;
            switch (event.key) {
                case "ArrowDown":
                case "ArrowUp":
                    event.preventDefault();
                    if (!open) {
                        search();
                    } else if (options.length > 0) {
                        const step = event.key === "ArrowDown" ? 1 : -1;
                        activate(active < 0 && step < 0 ? options.length - 1 : (active + step + options.length) % options.length);
                    }

                    break;
                case "Enter":
                    if (open) {
                        event.preventDefault();
                        if (active >= 0) {
                            choose(options[active]);
                        }
                    }

                    break;
                case "Escape":
                    event.preventDefault();
                    if (open) {
                        close();
                    } else {
                        input.value = "";
                        select.value = "";
                    }

                    break;
                case "Tab":
                    close();
                    break;
                default:
                    break;
            }
        });

        // The mouse chooses without taking the focus from the field.
        list.addEventListener("mousedown", event => event.preventDefault());
        list.addEventListener("click", event => {
            const option = event.target.closest("[role=option]");
            if (option) {
                choose(option);
            }
        });
        input.addEventListener("blur", close);
    }
})();
