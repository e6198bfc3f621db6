// The coach panel's terminal: xterm.js on the terminal service's WebSocket (/terminal/ws, through the gateway).
// A session is started with POST /terminal/sessions, whose refusals (the session limit, an unknown persona) come
// back with a reason a WebSocket upgrade cannot carry, then attached with /terminal/ws?session=ID.
// Frames in: {type:"output",data} | {type:"exit",code}. Frames out: input and resize.
import { Terminal } from "../lib/xterm/xterm.mjs";
import { FitAddon } from "../lib/xterm/addon-fit.mjs";

const retryDelaysMs = [250, 500, 1000, 2000, 4000];
const maxAttempts = 30; // about two minutes of a network blip or a restarting service

const darkTheme = { background: "#1e1e1e", foreground: "#e6e6e6", cursor: "#e6e6e6" };
const lightTheme = { background: "#ffffff", foreground: "#1e1e1e", cursor: "#1e1e1e", selectionBackground: "#b4d5fe" };

export function open(element, profile, persona, dark, dotnet) {
    return new TerminalPanel(element, profile, persona, dark, dotnet);
}

/** The persona of the session this tab has for the profile (a reload reattaches to it), or null. */
export function storedPersona(profile) {
    return sessionStorage.getItem(`mcpacer.terminal.${profile}`) ? sessionStorage.getItem(personaKey(profile)) : null;
}

const personaKey = profile => `mcpacer.persona.${profile}`;

class TerminalPanel {
    constructor(element, profile, persona, dark, dotnet) {
        this.profile = profile;
        this.persona = persona;
        this.dotnet = dotnet;
        // A page reload reattaches to the session this tab had, when the service still has it.
        this.storageKey = `mcpacer.terminal.${profile}`;
        this.sessionId = sessionStorage.getItem(this.storageKey);
        this.exited = false;
        this.disposed = false;
        this.attempt = 0;
        // Keystrokes typed while the socket is (re)connecting, sent once it opens instead of being dropped.
        this.pendingInput = [];
        this.term = new Terminal({
            cursorBlink: true,
            fontFamily: "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace",
            fontSize: 13,
            scrollback: 5000,
            theme: dark ? darkTheme : lightTheme,
        });
        this.fit = new FitAddon();
        this.term.loadAddon(this.fit);
        this.element = element;
        element.style.background = this.term.options.theme.background;
        this.term.open(element);
        this.term.element.dataset.testid = "terminal";
        this.term.onData(data => this.send({ type: "input", data }));
        this.term.onResize(({ cols, rows }) => this.send({ type: "resize", cols, rows }));
        this.term.attachCustomKeyEventHandler(event => this.handleClipboardKeys(event));
        this.resizeObserver = new ResizeObserver(() => this.fitToElement());
        this.resizeObserver.observe(element);
        this.fitToElement();
        this.connect();
    }

    async start() {
        let response;
        try {
            response = await fetch("/terminal/sessions", {
                method: "POST",
                headers: { "Content-Type": "application/json" },
                body: JSON.stringify({ profile: this.profile, persona: this.persona, cols: this.term.cols, rows: this.term.rows }),
            });
        } catch {
            this.retry();
            return;
        }
        if (this.disposed) {
            return;
        }
        if (response.status >= 500) {
            // The gateway's 503 while the terminal service restarts: try again shortly.
            this.retry();
            return;
        }
        const body = await response.json().catch(() => ({}));
        if (!response.ok) {
            // 409 (every session in use) or 400 (a persona the coach no longer has): the panel says why; no retry.
            const reason = body.errors ? Object.values(body.errors).flat().join(" ") : body.detail ?? body.title ?? `HTTP ${response.status}`;
            this.report(response.status === 409 ? "limit" : "refused", reason);
            return;
        }
        this.sessionId = body.id;
        sessionStorage.setItem(this.storageKey, body.id);
        if (this.persona) {
            sessionStorage.setItem(personaKey(this.profile), this.persona);
        } else {
            sessionStorage.removeItem(personaKey(this.profile));
        }
        this.connect();
    }

    connect() {
        if (!this.sessionId) {
            this.start();
            return;
        }
        const scheme = location.protocol === "https:" ? "wss:" : "ws:";
        const socket = new WebSocket(`${scheme}//${location.host}/terminal/ws?session=${encodeURIComponent(this.sessionId)}`);
        this.socket = socket;
        let opened = false;
        socket.onopen = () => {
            opened = true;
            this.attempt = 0;
            // The service replays the session's scrollback: start from a clean screen so nothing shows twice.
            this.term.reset();
            this.send({ type: "resize", cols: this.term.cols, rows: this.term.rows });
            for (const frame of this.pendingInput.splice(0)) {
                this.send(frame);
            }
            this.report("connected");
        };
        socket.onmessage = event => {
            const frame = JSON.parse(event.data);
            if (frame.type === "output") {
                this.term.write(frame.data);
            } else if (frame.type === "exit") {
                this.exited = true;
                this.forgetSession();
                this.term.write(`\r\n\x1b[2m[the program exited with code ${frame.code}]\x1b[0m\r\n`);
                this.report("exited");
            }
        };
        socket.onclose = async () => {
            if (this.disposed || this.exited || socket !== this.socket) {
                return;
            }
            if (!opened && await this.sessionIsGone()) {
                // The session ended or expired while this tab was away: start a new one.
                this.forgetSession();
                this.start();
                return;
            }
            this.retry();
        };
    }

    async sessionIsGone() {
        try {
            const response = await fetch(`/terminal/sessions/${encodeURIComponent(this.sessionId)}`);
            return response.status === 404;
        } catch {
            return false;
        }
    }

    retry() {
        if (this.disposed) {
            return;
        }
        if (this.attempt >= maxAttempts) {
            this.report("failed");
            return;
        }
        const delay = retryDelaysMs[Math.min(this.attempt, retryDelaysMs.length - 1)];
        this.attempt++;
        this.report("reconnecting");
        this.retryTimer = setTimeout(() => this.connect(), delay);
    }

    send(frame) {
        if (this.socket && this.socket.readyState === WebSocket.OPEN) {
            this.socket.send(JSON.stringify(frame));
        } else if (frame.type === "input" && !this.exited) {
            this.pendingInput.push(frame);
        }
    }

    // Ctrl+Shift+C copies the selection and Ctrl+Shift+V pastes, as in desktop terminals (Ctrl+C stays SIGINT).
    handleClipboardKeys(event) {
        if (event.type !== "keydown" || !event.ctrlKey || !event.shiftKey) {
            return true;
        }
        if (event.code === "KeyC" && this.term.hasSelection()) {
            navigator.clipboard?.writeText(this.term.getSelection());
            return false;
        }
        if (event.code === "KeyV") {
            navigator.clipboard?.readText().then(text => this.term.paste(text));
            return false;
        }
        return true;
    }

    fitToElement() {
        if (this.term.element && this.term.element.offsetParent !== null) {
            this.fit.fit();
        }
    }

    setDark(dark) {
        this.term.options.theme = dark ? darkTheme : lightTheme;
        this.element.style.background = this.term.options.theme.background;
    }

    focus() {
        this.term.focus();
    }

    report(state, reason = null) {
        if (!this.disposed) {
            this.dotnet.invokeMethodAsync("OnConnectionState", state, reason);
        }
    }

    forgetSession() {
        this.sessionId = null;
        sessionStorage.removeItem(this.storageKey);
        sessionStorage.removeItem(personaKey(this.profile));
    }

    // Ends the session on the service too (a new session replaces it); a tab that closes keeps it for a reload.
    async close() {
        const id = this.sessionId;
        this.dispose();
        this.forgetSession();
        if (id) {
            await fetch(`/terminal/sessions/${encodeURIComponent(id)}`, { method: "DELETE" });
        }
    }

    dispose() {
        this.disposed = true;
        clearTimeout(this.retryTimer);
        this.resizeObserver.disconnect();
        this.socket?.close();
        this.term.dispose();
    }
}
