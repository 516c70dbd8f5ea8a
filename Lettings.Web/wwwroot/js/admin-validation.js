// Client-side validation of the back office's forms, from the data-val-* attributes that ASP.NET Core's asp-for and
// asp-validation-for tag helpers render from the same attributes the server validates (required, length, range,
// pattern): a field's error shows in its message as soon as it is left or changed, and a form with an error is not
// posted. Errors are marked as the server marks them (Bootstrap's is-invalid, aria-invalid, aria-describedby pointing
// at the message). Without JavaScript, or for rules only the server knows (uniqueness, edit conflicts), the server's
// validation answers as before. Loaded as a file after aspnet-client-validation: no inline script (strict CSP).
(() => {
    "use strict";

    if (!window.aspnetValidation) {
        return;
    }

    const service = new window.aspnetValidation.ValidationService();
    // Rules registered before bootstrap() win over the library's own, so that each answers as the server does.
    // data-val-number: the library has none; the forms' numbers are whole numbers (ints on the server).
    service.addProvider("number", value => !value || /^[+-]?\d+$/.test(value.trim()));
    // [RegularExpression] matches the whole value, with .NET's \p{...} classes (the library's match is unanchored and
    // without the "u" flag). A pattern JavaScript cannot read is left to the server.
    service.addProvider("regex", (value, element, params) => {
        if (!value || !params.pattern) {
            return true;
        }

        try {
            return new RegExp(`^(?:${params.pattern})$`, "u").test(value);
        } catch {
            return true;
        }
    });
    // [EmailAddress] as .NET checks it: one "@", neither first nor last, no line break (the library also wants a
    // top-level domain, which the server does not).
    service.addProvider("email", value => {
        if (!value) {
            return true;
        }

        const at = value.indexOf("@");
        return at > 0 && at !== value.length - 1 && at === value.lastIndexOf("@") && !/[\r\n]/.test(value);
    });
    service.ValidationInputCssClassName = "is-invalid";

    const messageOf = input => input.form?.querySelector(`[data-valmsg-for="${CSS.escape(input.name)}"]`);

    const highlight = service.highlight;
    service.highlight = function (input, errorClass, validClass) {
        highlight.call(this, input, errorClass, validClass);
        input.setAttribute("aria-invalid", "true");
        const message = messageOf(input);
        if (message?.id) {
            const described = (input.getAttribute("aria-describedby") ?? "").split(" ").filter(id => id);
            if (!described.includes(message.id)) {
                input.setAttribute("aria-describedby", [message.id, ...described].join(" "));
            }
        }
    };

    const unhighlight = service.unhighlight;
    service.unhighlight = function (input, errorClass, validClass) {
        unhighlight.call(this, input, errorClass, validClass);
        input.removeAttribute("aria-invalid");
        const message = messageOf(input);
        if (message?.id) {
            const described = (input.getAttribute("aria-describedby") ?? "").split(" ").filter(id => id && id !== message.id);
            if (described.length > 0) {
                input.setAttribute("aria-describedby", described.join(" "));
            } else {
                input.removeAttribute("aria-describedby");
            }
        }
    };

    // The forms keep their own novalidate (the browser's bubbles would speak before these messages).
    service.bootstrap({ addNoValidate: true });
})();
