#!/usr/bin/python3
# test-a11y.py APP SAMPLE: Common Ground as a screen reader reads it, through AT-SPI
#
# Starts the application on the sample workshop with GTK's AT-SPI bridge on, and reads it the
# way Orca does: the accessible tree, and the events sent as the keyboard is used. It fails
# (exit status 1, each fault on a line of its own) when
#   - a control (button, toggle, entry, drop-down, tab, menu item, row, card) in any view or
#     dialog it opens has no name, or only a class name ("GtkToggleButton");
#   - a card's name does not say its words (or "Private note"), voice, kind and votes, or a
#     column is not a group named with its theme and count, or a private note's words can be
#     read anywhere;
#   - the outline's rows do not read as sentences ("Idea from Lived experience, 12 votes: ...")
#     matching the sample file, moving down them with the arrow key;
#   - what the app says in passing ("Moved to Peer roles", "12 votes", "Undone: ...") does not
#     reach AT-SPI as a change a screen reader presents: on GTK 4.8, a new accessible
#     description of the object with the keyboard focus (Orca speaks those);
#   - the focus is lost after a move, a delete or an undo in the outline.
# run-a11y.sh runs it in a D-Bus session of its own.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET

try:
    import pyatspi
    from gi.repository import GLib
except ImportError as error:
    print(f"cannot use pyatspi ({error}): skipping")
    sys.exit(77)

APP, SAMPLE = sys.argv[1], sys.argv[2]
NS = {"cg": "urn:commonground:workshop:1"}
KINDS = {"idea": "Idea", "strength": "Strength", "development": "Area for development",
         "story": "Story or quote", "question": "Question"}
CLASS_NAME = re.compile(r"^Gtk[A-Z][A-Za-z]*$")
CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SPIN_BUTTON, pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_LINK, pyatspi.ROLE_TREE_ITEM,
}
# and these when they take the keyboard focus
FOCUSABLE_CONTROLS = {pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TEXT, pyatspi.ROLE_TABLE_CELL}

Registry = pyatspi.Registry
context = GLib.MainContext.default()
faults = []
events = []


def fault(text):
    faults.append(text)
    print("FAULT:", text, flush=True)


# The sample, as the app should read it

def votes_text(n, none="no votes"):
    return none if n == 0 else f"{n} vote" if n == 1 else f"{n} votes"


def read_sample():
    root = ET.parse(SAMPLE).getroot()
    voices = {v.get("id"): v.find("cg:name", NS).text for v in root.iterfind(".//cg:voice", NS)}
    ideas = list(root.iterfind(".//cg:ideas/cg:idea", NS))
    carried = {i.get("carried-from") for i in ideas if i.get("carried-from")}
    single, private_words = [], []
    for idea in ideas:
        text = idea.find("cg:text", NS).text
        if idea.get("private") == "true":
            private_words.append(text)
        if idea.get("carried-from") or idea.get("id") in carried:
            continue  # an idea of a longer lineage: counted by the series' rules
        single.append({
            "voice": voices.get(idea.get("voice")),
            "kind": KINDS[idea.get("kind", "idea")],
            "votes": sum(int(v.get("count")) for v in idea.iterfind("cg:votes", NS)),
            "private": idea.get("private") == "true",
            "text": text,
        })
    return single, private_words


IDEAS, PRIVATE_WORDS = read_sample()


# Driving the app

def pump(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        context.iteration(False)
        time.sleep(0.005)


def wait_for(predicate, what, seconds=15):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        context.iteration(False)
        found = predicate()
        if found:
            return found
        time.sleep(0.01)
    fault(f"waited {seconds} s for {what}")
    return None


def keycodes():
    """Keysym name -> keycode in the X server's keymap (xmodmap's table)."""
    table = {}
    try:
        out = subprocess.run(["xmodmap", "-pke"], capture_output=True, text=True,
                             check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        out = ""
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 4 and parts[0] == "keycode":
            for sym in parts[3:]:
                table.setdefault(sym, int(parts[1]))
    # a standard evdev keymap, where xmodmap is missing
    for sym, code in {"Control_L": 37, "Shift_L": 50, "Alt_L": 64, "Escape": 9, "Down": 116,
                      "Up": 111, "Left": 113, "Right": 114, "Home": 110, "Delete": 119,
                      "equal": 21, "z": 52, "o": 32, "p": 33, "r": 27, "e": 26, "4": 13,
                      "slash": 61, "Return": 36, "F10": 76, "b": 56, "F5": 71}.items():
        table.setdefault(sym, code)
    return table


KEYS = keycodes()


def press(*names, settle=0.35):
    codes = [KEYS[name] for name in names]
    for code in codes[:-1]:
        Registry.generateKeyboardEvent(code, None, pyatspi.KEY_PRESS)
    Registry.generateKeyboardEvent(codes[-1], None, pyatspi.KEY_PRESSRELEASE)
    for code in reversed(codes[:-1]):
        Registry.generateKeyboardEvent(code, None, pyatspi.KEY_RELEASE)
    pump(settle)


def on_event(event):
    try:
        source = event.source
        record = {
            "type": event.type, "role": source.getRole(), "role_name": source.getRoleName(),
            "name": source.name or "",
            "focused": source.getState().contains(pyatspi.STATE_FOCUSED),
            "detail1": event.detail1, "data": event.any_data, "time": time.monotonic(),
        }
    except Exception:  # a source gone since
        return
    events.append(record)


def events_since(mark, kind):
    return [e for e in events[mark:] if e["type"].startswith(kind)]


def said_since(mark, start):
    """A description change on the focused object (what Orca speaks) starting with @start."""
    for e in events_since(mark, "object:property-change:accessible-description"):
        # (an empty one is not said: the route clears the description before each message)
        if e["focused"] and isinstance(e["data"], str) and e["data"] and \
           e["data"].startswith(start):
            return e
    return None


def focused_since(mark, role):
    found = [e for e in events_since(mark, "object:state-changed:focused")
             if e["detail1"] == 1 and e["role"] == role]
    return found[-1] if found else None


# Reading the tree

def children(obj):
    for i in range(obj.childCount):
        try:
            child = obj.getChildAtIndex(i)
        except Exception:
            child = None
        if child is not None:
            yield child


def walk(obj, path=()):
    yield obj, path
    for child in children(obj):
        yield from walk(child, path + (obj.getRoleName(),))


def check_names(top, where):
    """Every control under @top has a name, and not a class name. Returns (objects, controls)."""
    n_objects = n_controls = 0
    for obj, path in walk(top):
        n_objects += 1
        role = obj.getRole()
        state = obj.getState()
        if role in FOCUSABLE_CONTROLS:
            if not state.contains(pyatspi.STATE_FOCUSABLE):
                continue
            if role == pyatspi.ROLE_TEXT and not state.contains(pyatspi.STATE_EDITABLE):
                continue
        elif role not in CONTROLS:
            continue
        n_controls += 1
        name = obj.name or ""
        if not name.strip() or CLASS_NAME.match(name):
            fault(f"{where}: a {obj.getRoleName()} named {name!r} "
                  f"(in {' > '.join(path[-3:])})")
        for words in PRIVATE_WORDS:
            if words in name or words in (obj.description or ""):
                fault(f"{where}: a private note's words can be read: {name!r}")
    print(f"{where}: {n_objects} objects read, {n_controls} controls named", flush=True)
    return n_objects, n_controls


def find_app():
    desktop = Registry.getDesktop(0)
    for app in children(desktop):
        if app.name == "common-ground":
            return app
    return None


def windows(app):
    return [w for w in children(app) if w.getState().contains(pyatspi.STATE_VISIBLE)]


def new_window(app, known):
    for window in children(app):
        if window.name not in known and window.getState().contains(pyatspi.STATE_VISIBLE):
            return window
    return None


# The checks

def check_board(frame):
    card = re.compile(r"^(?P<text>.+)\. (?P<voice>[^,]+), (?P<kind>" +
                      "|".join(KINDS.values()) + r"), (?P<votes>\d+) votes?(, .*)?$", re.S)
    column = re.compile(r"^(.+), (\d+) ideas?$")
    n_columns = n_cards = n_checked = 0
    for obj, _ in walk(frame):
        role, name = obj.getRole(), obj.name or ""
        if role == pyatspi.ROLE_PANEL and column.match(name):
            n_columns += 1
        if role != pyatspi.ROLE_LIST_ITEM or not column.match(obj.parent.name or ""):
            continue
        n_cards += 1
        m = card.match(name)
        if m is None:
            fault(f"board: a card does not say text, voice, kind and votes: {name!r}")
            continue
        for idea in IDEAS:
            shown = "Private note" if idea["private"] else idea["text"]
            if m["text"] == shown and (idea["voice"] or "No voice") == m["voice"]:
                n_checked += 1
                if m["kind"] != idea["kind"] or int(m["votes"]) != idea["votes"]:
                    fault(f"board: card {name!r} should say {idea['kind']}, "
                          f"{idea['votes']} votes")
    print(f"board: {n_columns} columns named as groups with their count, {n_cards} cards, "
          f"{n_checked} matched against the sample", flush=True)
    if n_columns < 5:
        fault(f"board: {n_columns} columns are groups named with their count (5 expected)")
    if n_checked < len(IDEAS) // 2:
        fault(f"board: only {n_checked} cards read as the sample says")


def expected_sentence(idea):
    about = f"{idea['kind']} from {idea['voice']}" if idea["voice"] \
        else f"{idea['kind']}, no voice"
    shown = "Private note" if idea["private"] else idea["text"]
    return f"{about}, {votes_text(idea['votes'])}", f": {shown}"


def read_outline(app):
    """Goes down the outline row by row, as a screen reader user would: the rows' names."""
    mark = len(events)
    press("Control_L", "Shift_L", "o", settle=0.8)
    first = wait_for(lambda: focused_since(mark, pyatspi.ROLE_TREE_ITEM),
                     "the outline's first row to take the focus (Ctrl+Shift+O)")
    if first is None:
        return []
    rows = [first["name"]]
    for _ in range(200):
        mark = len(events)
        press("Down", settle=0.12)
        row = focused_since(mark, pyatspi.ROLE_TREE_ITEM)
        if row is None:
            pump(0.3)
            row = focused_since(mark, pyatspi.ROLE_TREE_ITEM)
        if row is None or row["name"] == rows[-1]:
            break
        rows.append(row["name"])
    return rows


def check_outline(app, rows):
    theme = re.compile(r"^(.+): (no ideas|\d+ ideas?)$")
    themes = [r for r in rows if theme.match(r)]
    ideas = [r for r in rows if not theme.match(r)]
    print(f"outline: {len(rows)} rows read with the Down key, {len(themes)} themes, "
          f"{len(ideas)} ideas", flush=True)
    if len(themes) != 5 or not rows or not rows[0].startswith("Unsorted: "):
        fault(f"outline: themes read {themes!r}")
    matched = 0
    for idea in IDEAS:
        head, tail = expected_sentence(idea)
        if any(r.startswith(head) and r.endswith(tail) for r in ideas):
            matched += 1
        else:
            fault(f"outline: no row reads {head!r} … {tail!r}")
    print(f"outline: {matched} of {len(IDEAS)} ideas of the sample read as sentences",
          flush=True)
    for r in ideas:
        if not re.match(r"^(" + "|".join(KINDS.values()) + r")( from .+|, no voice), "
                        r"(no votes|\d+ votes?)(, [^:]+)*: .+", r, re.S):
            fault(f"outline: a row is not one sentence: {r!r}")
    tree = [o for o, _ in walk(app) if o.getRole() == pyatspi.ROLE_TREE]
    if not tree or tree[0].name != "Outline of the workshop":
        fault("outline: no tree named 'Outline of the workshop'")


def check_messages_on_board(app):
    # the capture bar has the keyboard; Escape gives it to the board's card
    mark = len(events)
    press("Escape")
    card = wait_for(lambda: focused_since(mark, pyatspi.ROLE_LIST_ITEM),
                    "a card to take the focus")
    if card is None:
        return
    # a key that moves a card: the window's notice says so, and a screen reader hears it
    mark = len(events)
    press("Control_L", "4")
    moved = wait_for(lambda: said_since(mark, "Moved"), "'Moved …' said on the focused card")
    if moved:
        print(f"board: said {moved['data']!r} as the description of the focused "
              f"{moved['role_name']}", flush=True)
        # (the notice itself is an alert named with its words while it shows: five seconds,
        # which a slow machine may have let pass)
        # A walk of the whole window can take longer than that here: a notice found back at
        # rest (no words: '' or its class name) has only folded away meanwhile; words other
        # than the message are a fault.
        alerts = [o for o, _ in walk(app)
                  if o.getRole() in (pyatspi.ROLE_ALERT, pyatspi.ROLE_NOTIFICATION)]
        named = [a.name for a in alerts if a.name not in ("", "CgNotice")]
        if named and moved["data"] not in named:
            fault(f"board: the notice is an alert named {named[0]!r}")
        elif alerts and not named:
            print("board: the notice had folded away before the walk reached it", flush=True)
    # a vote: the card's new count is said (a list item's new name is not spoken by Orca)
    mark = len(events)
    press("equal")
    voted = wait_for(lambda: said_since(mark, ""), "the new votes said on the focused card")
    if voted and "vote" not in str(voted["data"]):
        fault(f"board: a vote said {voted['data']!r}")
    elif voted:
        print(f"board: + said {voted['data']!r} on the focused card", flush=True)
    press("Control_L", "z")
    press("Control_L", "z")


def check_outline_keys(app):
    press("Home", settle=0.3)
    mark = len(events)
    press("Down")
    row = wait_for(lambda: focused_since(mark, pyatspi.ROLE_TREE_ITEM), "the first idea's row")
    if row is None:
        return
    first = row["name"]
    votes = re.search(r", (no votes|(\d+) votes?)", first)
    before = int(votes.group(2) or 0) if votes else 0

    # a vote: said, and the row's name says it
    mark = len(events)
    press("equal")
    said = wait_for(lambda: said_since(mark, votes_text(before + 1, "")), "the vote said")
    renamed = [e for e in events_since(mark, "object:property-change:accessible-name")
               if e["role"] == pyatspi.ROLE_TREE_ITEM and e["focused"]]
    if not renamed or votes_text(before + 1) not in renamed[-1]["data"]:
        fault("outline: the focused row's name does not say its new votes")
    if said:
        print(f"outline: + said {said['data']!r}", flush=True)

    # a move to the next theme: said, and the focus stays on the idea
    words = first.split(": ", 1)[-1]
    on_idea = lambda: focus_is(app, lambda name: name.endswith(words))
    mark = len(events)
    press("Alt_L", "Right")
    moved = wait_for(lambda: said_since(mark, "Moved to "), "'Moved to …' said")
    if moved:
        print(f"outline: Alt+Right said {moved['data']!r} on {moved['name'][:40]!r}…",
              flush=True)
    if not wait_for(on_idea, "the focus on the idea moved", seconds=5):
        fault(f"outline: after a move the focus is on {focused_name(app)!r}")

    # a delete: said, and the focus goes to a row next to it
    mark = len(events)
    press("Delete")
    wait_for(lambda: said_since(mark, "Removed"), "'Removed' said")
    if not wait_for(lambda: focus_is(app, lambda name: not name.endswith(words)),
                    "the focus on the next row", seconds=5):
        fault(f"outline: after a delete the focus is on {focused_name(app)!r}")
    else:
        print(f"outline: Delete: the focus went to {focused_name(app)[:50]!r}…", flush=True)

    # an undo: said, and the focus follows the idea back
    mark = len(events)
    press("Control_L", "z")
    undone = wait_for(lambda: said_since(mark, "Undone: "), "'Undone: …' said")
    if undone:
        print(f"outline: Ctrl+Z said {undone['data']!r}", flush=True)
    if not wait_for(on_idea, "the focus on the idea undone", seconds=5):
        fault(f"outline: after an undo the focus is on {focused_name(app)!r}")


def focus_is(app, test):
    """Whether a tree item with the focus has a name that passes @test."""
    focus = focused_now(app)
    return focus is not None and focus.getRole() == pyatspi.ROLE_TREE_ITEM and \
        test(focus.name or "")


def focused_name(app):
    focus = focused_now(app)
    return focus.name if focus is not None else None


def focused_now(app):
    for obj, _ in walk(app):
        if obj.getState().contains(pyatspi.STATE_FOCUSED) and obj.getRole() != pyatspi.ROLE_FRAME:
            return obj
    return None


def check_window(app, frame, keys, where, close=("Escape",)):
    """Opens a dialog or view with @keys, checks every control in it, closes it."""
    known = {w.name for w in windows(app)}
    press(*keys, settle=1.0)
    dialog = wait_for(lambda: new_window(app, known), f"{where} to open", seconds=8)
    if dialog is None:
        return 0
    pump(0.5)
    n = check_names(dialog, where)[0]
    if close:
        press(*close, settle=0.8)
    return n


def point_at(frame):
    """Puts the pointer over @frame's title: with no window manager (Xvfb), the keys go to the
    window under the pointer once a dialog that had them has closed."""
    try:
        box = frame.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        Registry.generateMouseEvent(box.x + box.width // 2, box.y + 12, "abs")
    except Exception:  # no component: the keys go where they go
        pass
    pump(0.3)


def check_window_from_menu(app, frame, steps, where):
    """Opens a window from @frame's main menu (F10, then @steps: "Down" or "Right"), checks it,
    and closes it with Escape."""
    known = {w.name for w in windows(app)}
    point_at(frame)
    press("F10", settle=0.8)
    for step in steps:
        press(step, settle=0.15)
    press("Return", settle=1.0)
    dialog = wait_for(lambda: new_window(app, known), f"{where} to open", seconds=8)
    if dialog is None:
        return 0
    pump(0.5)
    print(f"{where}: the window “{dialog.name}”", flush=True)
    n = check_names(dialog, where)[0]
    press("Escape", settle=0.8)
    return n


def check_withdraw_dialog(env):
    """Remove a Person's Words, in an application of its own: a popover menu opens again on the
    submenu last used, so a second trip into Data Protection in one run would land elsewhere."""
    # (its own autosave folder: the first run's copy would be offered back in a dialog)
    env = dict(env, CG_AUTOSAVE_DIR=env["CG_AUTOSAVE_DIR"] + "-withdraw")
    process = subprocess.Popen([APP, "--sample"], env=env)
    try:
        app = wait_for(find_app, "the application again", seconds=30)
        frame = app and wait_for(lambda: next((w for w in windows(app)
                                               if "Mental Health" in (w.name or "")), None),
                                 "the workshop's window again", seconds=30)
        if frame is None:
            return 0
        wait_for(lambda: focused_now(app), "the keyboard focus in the window again")
        pump(1.0)
        return check_window_from_menu(app, frame, ("Down",) * 10 + ("Right", "Down", "Down"),
                                      "remove a person's words")
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def check_error_page(env):
    """The window showing a file that did not open: every control named there too."""
    bad = os.path.join(os.path.dirname(os.path.abspath(SAMPLE)), "bad", "bad-date.cgw")
    env = dict(env, CG_AUTOSAVE_DIR=env["CG_AUTOSAVE_DIR"] + "-error")
    process = subprocess.Popen([APP, bad], env=env)
    try:
        app = wait_for(find_app, "the application with a bad file", seconds=30)
        frame = app and wait_for(lambda: next(iter(windows(app)), None),
                                 "the window with the error page", seconds=30)
        if frame is None:
            return 0
        wait_for(lambda: any("2026-02-30" in (o.name or "") for o, _ in walk(frame)),
                 "the error page's message", seconds=15)
        pump(0.5)
        return check_names(frame, "error page")[0]
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


def main():
    home = tempfile.mkdtemp(prefix="cg-a11y-")
    env = dict(os.environ)
    for name in ("GTK_A11Y", "NO_AT_BRIDGE", "G_DEBUG"):
        env.pop(name, None)
    env.update({"HOME": home, "XDG_DATA_HOME": f"{home}/data", "XDG_CONFIG_HOME": f"{home}/config",
                "XDG_CACHE_HOME": f"{home}/cache", "CG_AUTOSAVE_DIR": f"{home}/autosave",
                "GSETTINGS_BACKEND": "memory", "LC_ALL": "C.UTF-8", "LANGUAGE": "C"})
    for kind in ("object:property-change:accessible-description",
                 "object:property-change:accessible-name", "object:state-changed:focused"):
        Registry.registerEventListener(on_event, kind)
    app_process = subprocess.Popen([APP, "--sample"], env=env)
    total = 0
    try:
        print(f"the sample: {len(IDEAS)} ideas that are one lineage each, "
              f"{len(PRIVATE_WORDS)} private", flush=True)
        app = wait_for(find_app, "the application on the AT-SPI bus", seconds=30)
        frame = app and wait_for(lambda: next((w for w in windows(app)
                                               if "Mental Health" in (w.name or "")), None),
                                 "the workshop's window", seconds=30)
        if frame is None:
            return 1
        wait_for(lambda: focused_now(app), "the keyboard focus in the window")
        pump(1.0)
        check_board(frame)
        check_messages_on_board(app)
        rows = read_outline(app)
        check_outline(app, rows)
        check_outline_keys(app)
        # every view shown once (GTK makes some parts only then), then every control named
        for keys in (("Control_L", "Shift_L", "p"), ("Control_L", "Shift_L", "r"),
                     ("Control_L", "Shift_L", "b")):
            press(*keys, settle=1.5)
        total += check_names(frame, "main window, its four views")[0]
        # the dialogs
        total += check_window(app, frame, ("Control_L", "e"), "export dialog")
        total += check_window(app, frame, ("Control_L", "Alt_L", "Return"), "workshop properties")
        total += check_window(app, frame, ("Control_L", "Shift_L", "slash"), "shortcuts window")
        # the room's screen: F5 opens it, and (it takes no keys) F5 on the laptop closes it
        total += check_window(app, frame, ("F5",), "presenter", close=("F5",))
        # from the main menu (F10 opens it on its first item; its order is cg-window.ui's):
        # Events… (the 13th item), and under Data Protection (the 11th) Remove a Person's Words
        # and the Participation Record
        total += check_window_from_menu(app, frame, ("Down",) * 12, "events dialog")
        total += check_window_from_menu(app, frame,
                                        ("Down",) * 10 + ("Right", "Down", "Down", "Down"),
                                        "participation record")

    finally:
        app_process.terminate()
        try:
            app_process.wait(10)
        except subprocess.TimeoutExpired:
            app_process.kill()
    try:
        total += check_withdraw_dialog(env)
        total += check_error_page(env)
        print(f"{total} objects read in all; {len(faults)} faults", flush=True)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main())
