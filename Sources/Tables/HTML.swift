/// Small helpers for the self-contained HTML pages Gloss writes (the report, the document
/// view): escaping, and the style sheet they share. No scripts or resources from elsewhere.
public enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped, for element content and quoted attributes.
    public static func escape(_ text: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// A whole page: doctype, UTF-8, a title, the shared style sheet plus `style`, and `body`.
    public static func page(title: String, style: String = "", body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>\(baseStyle)\(style)</style>
        </head><body>
        \(body)
        </body></html>

        """
    }

    /// Colours of the entity types, as displaCy shows them.
    public static let entityColors: [(type: String, color: String, name: String)] = [
        ("PER", "#aa9cfc", "person"), ("ORG", "#7aecec", "organisation"), ("LOC", "#feca74", "location"),
        ("MISC", "#e4e7d2", "other name"),
    ]

    /// A colour for a sentiment compound score: red below 0, green above, white at 0.
    public static func sentimentColor(_ score: Double, alpha: Double = 0.35) -> String {
        let clamped = max(-1, min(1, score))
        let strength = abs(clamped) * alpha
        let rgb = clamped < 0 ? "220,38,38" : "22,163,74"
        return "rgba(\(rgb),\(String(format2: strength)))"
    }

    static let baseStyle = """
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
        main{max-width:1100px;margin:0 auto;padding:16px 24px}
        h1{font-size:24px;margin:12px 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #d0d7de}
        h3{font-size:15px;margin:14px 0 6px}
        .muted{color:#656d76}.cards{display:flex;flex-wrap:wrap;gap:10px;margin:12px 0}
        .card{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:8px 14px;min-width:110px}
        .card b{display:block;font-size:20px}.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(480px,1fr));gap:16px}
        .panel{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:8px 12px;overflow-x:auto}
        table{border-collapse:collapse;width:100%;font-size:13px}th,td{text-align:left;padding:3px 6px;border-bottom:1px solid #eaeef2}
        td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}svg text{font:11px system-ui,sans-serif;fill:#1f2328}
        a{color:#0969da}
        """
}

extension String {
    /// A number with two decimals, without Foundation's locale-dependent formatting.
    init(format2 value: Double) {
        let scaled = (value * 100).rounded()
        let sign = scaled < 0 ? "-" : ""
        let magnitude = Int(abs(scaled))
        let cents = magnitude % 100
        self = sign + String(magnitude / 100) + "." + (cents < 10 ? "0" : "") + String(cents)
    }
}
