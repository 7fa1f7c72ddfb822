#!/usr/bin/env python3
# sync-syncthing.py: several laptops, one workshop, through a real Syncthing on loopback
#
# Two Syncthing instances, each with its own --home, share one folder. Everything stays on
# 127.0.0.1: discovery (global and local), relays, NAT traversal, usage reporting, crash
# reporting and upgrades are off in their configuration before they start, each listens on
# tcp://127.0.0.1:PORT, and each is told the other's static address through its REST API,
# which also shares the folder. On each side a laptop without a window (sync-peer: the sync
# watcher and the window's merge rule) opens the workshop, and a third opens laptop a's copy
# directly (two programs on one folder, no engine between them); all three capture ideas at
# the same time, each saving after every idea, so Syncthing meets concurrent saves and makes
# conflict copies. At the end both files, and all three laptops, hold every idea exactly once,
# and no conflict copy is left unmerged beside the file. Then the two Syncthing instances are
# kept apart (each pauses the other) while one idea is edited differently on each side, and
# another on one side only; when they meet again, both versions of the first end up on both
# laptops, each once, both flagged to be checked (needs-review), none silently dropped, and the
# second's edit is on both, unflagged.
#
# CG_SYNC_SOAK=SECONDS (by hand) keeps the three capturing for that long instead of eight ideas
# each: CG_SYNC_SOAK=300 is the five-minute run of issue 13.
#
# Exit status: 0 passed, 1 failed, 77 skipped (Syncthing is not installed: build-aux/deps.sh
# installs it with the test packages). Bounded in time; it stops what it started.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET

N_IDEAS = 8          # captured on each side
TIME_LIMIT = 80      # seconds for the whole test
NS = '{urn:commonground:workshop:1}'
FOLDER_ID = 'cg-shared'


def note(message):
    print(f'# {time.monotonic() - START:5.1f}s {message}', flush=True)


def fail(message):
    print(f'FAIL: {message}', flush=True)
    raise SystemExit(1)


def remaining():
    left = TIME_LIMIT - (time.monotonic() - START)
    if left <= 0:
        fail('out of time')
    return left


def wait_for(what, condition, interval=0.2):
    while True:
        result = condition()
        if result:
            return result
        if remaining() <= 0:
            fail(f'waited in vain for {what}')
        time.sleep(interval)


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(('127.0.0.1', 0))
        return sock.getsockname()[1]


class Syncthing:
    def __init__(self, top, name):
        self.name = name
        self.home = os.path.join(top, f'{name}-home')
        self.folder = os.path.join(top, f'{name}-shared')
        self.gui_port = free_port()
        self.listen_port = free_port()
        self.key = f'cg-test-{name}-{random.getrandbits(64):016x}'
        self.process = None
        os.makedirs(self.folder)

    @property
    def address(self):
        return f'tcp://127.0.0.1:{self.listen_port}'

    def generate(self):
        subprocess.run([SYNCTHING, 'generate', f'--home={self.home}', '--no-default-folder'],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=remaining())
        # nothing leaves 127.0.0.1, before it ever starts
        path = os.path.join(self.home, 'config.xml')
        tree = ET.parse(path)
        gui = tree.find('gui')
        gui.set('tls', 'false')
        gui.find('address').text = f'127.0.0.1:{self.gui_port}'
        gui.find('apikey').text = self.key
        options = tree.find('options')
        for old in options.findall('listenAddress'):
            options.remove(old)
        ET.SubElement(options, 'listenAddress').text = self.address
        for key, value in (('globalAnnounceEnabled', 'false'), ('localAnnounceEnabled', 'false'),
                           ('relaysEnabled', 'false'), ('natEnabled', 'false'),
                           ('startBrowser', 'false'), ('urAccepted', '-1'),
                           ('autoUpgradeIntervalH', '0'), ('crashReportingEnabled', 'false'),
                           ('announceLANAddresses', 'false'), ('reconnectionIntervalS', '1')):
            element = options.find(key)
            if element is None:
                element = ET.SubElement(options, key)
            element.text = value
        tree.write(path)

    def start(self):
        env = dict(os.environ, STNODEFAULTFOLDER='1', STNOUPGRADE='1', STNORESTART='1',
                   STHOMEDIR=self.home)
        self.log = open(os.path.join(self.home, 'out.log'), 'w')
        self.process = subprocess.Popen(
            [SYNCTHING, 'serve', f'--home={self.home}', '--no-browser', '--no-restart',
             '--no-upgrade', '--no-default-folder', f'--gui-address=http://127.0.0.1:{self.gui_port}',
             f'--gui-apikey={self.key}', f'--logfile={os.path.join(self.home, "syncthing.log")}'],
            env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)

    def rest(self, method, path, body=None, timeout=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(f'http://127.0.0.1:{self.gui_port}{path}', data=data,
                                         method=method, headers={'X-API-Key': self.key})
        if data is not None:
            request.add_header('Content-Type', 'application/json')
        with urllib.request.urlopen(request, timeout=timeout or min(10, remaining())) as response:
            text = response.read().decode()
            return json.loads(text) if text.strip() else None

    def set_paused(self, other, paused):
        self.rest('PATCH', f'/rest/config/devices/{other.id}', {'paused': paused})

    def connected(self, other):
        connections = self.rest('GET', '/rest/system/connections')['connections']
        return connections.get(other.id, {}).get('connected', False)

    def up(self):
        try:
            return self.rest('GET', '/rest/system/ping').get('ping') == 'pong'
        except (urllib.error.URLError, ConnectionError, OSError):
            if self.process.poll() is not None:
                fail(f'syncthing {self.name} stopped: see {self.home}/out.log')
            return False

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        try:
            self.rest('POST', '/rest/system/shutdown', timeout=5)
            self.process.wait(timeout=10)
        except Exception:
            pass
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


class Peer:
    """A laptop without a window: tests/sync-peer.c."""

    def __init__(self, path, laptop):
        self.lines = []
        self.lock = threading.Lock()
        self.process = subprocess.Popen([PEER, path, laptop], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, bufsize=1,
                                        start_new_session=True)
        self.reader = threading.Thread(target=self.read, daemon=True)
        self.reader.start()

    def read(self):
        for line in self.process.stdout:
            with self.lock:
                self.lines.append(line.rstrip('\n'))

    def said(self, prefix):
        with self.lock:
            return [line for line in self.lines if line.startswith(prefix)]

    def send(self, command):
        self.process.stdin.write(command + '\n')
        self.process.stdin.flush()

    def stop(self):
        if self.process.poll() is None:
            try:
                self.send('quit')
                self.process.wait(timeout=10)
            except Exception:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        # (its last words are read once its output ends)
        self.reader.join(timeout=5)


def idea_texts(path):
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError):
        return None
    return [idea.find(f'{NS}text').text for idea in root.iter(f'{NS}idea')]


def check_stopped(peer, n_ideas):
    """stops @peer and checks it ended holding @n_ideas, having refused nothing"""
    peer.stop()
    counts = peer.said('ideas ')
    if not counts or counts[-1] != f'ideas {n_ideas}':
        fail(f'a laptop ended with {counts[-1] if counts else "nothing"}, not ideas {n_ideas}')
    refused = peer.said('refused')
    if refused:
        fail(f'a laptop refused: {refused}')


def idea_flags(path):
    """(words, whether flagged to be checked) of each idea in the file at @path"""
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError):
        return []
    return [(idea.find(f'{NS}text').text, idea.get('needs-review') == 'true')
            for idea in root.iter(f'{NS}idea')]


def conflict_copies(folder):
    # (of the workshop: Syncthing also keeps conflicting versions of its backup, workshop.cgw~,
    # as workshop.sync-conflict-….cgw~, which are not workshops to merge)
    return [name for name in os.listdir(folder) if name.endswith('.cgw') and
            ('.sync-conflict-' in name or '(conflicted copy' in name)]


def main():
    top = tempfile.mkdtemp(prefix='cg-syncthing-')
    laptops = [Syncthing(top, 'a'), Syncthing(top, 'b')]
    peers = []
    passed = False
    try:
        for laptop in laptops:
            laptop.generate()
            laptop.start()
        for laptop in laptops:
            wait_for(f'syncthing {laptop.name}', laptop.up)
            laptop.id = laptop.rest('GET', '/rest/system/status')['myID']
        note('both Syncthing instances answer on 127.0.0.1')

        # the workshop starts on laptop a, made by Common Ground itself
        seed = os.path.join(top, 'seed.csv')
        with open(seed, 'w') as csv:
            csv.write('event,theme,voice,kind,text,votes,private,beyond_service,status\n'
                      'March,First contacts,Lived experience,idea,The first call sets the tone,'
                      '0,no,no,open\n')
        workshop = [os.path.join(laptop.folder, 'workshop.cgw') for laptop in laptops]
        subprocess.run([APP, '--import-csv', seed, '--output', workshop[0]], check=True,
                       timeout=remaining())

        # each knows the other at its static address; the folder is shared both ways
        for laptop, other in ((laptops[0], laptops[1]), (laptops[1], laptops[0])):
            laptop.rest('PUT', f'/rest/config/devices/{other.id}',
                        {'deviceID': other.id, 'name': other.name, 'addresses': [other.address],
                         'autoAcceptFolders': False})
        for laptop in laptops:
            laptop.rest('PUT', f'/rest/config/folders/{FOLDER_ID}',
                        {'id': FOLDER_ID, 'label': 'Workshop', 'path': laptop.folder,
                         'type': 'sendreceive', 'fsWatcherEnabled': True, 'fsWatcherDelayS': 1,
                         'rescanIntervalS': 30, 'maxConflicts': -1,
                         'devices': [{'deviceID': laptops[0].id}, {'deviceID': laptops[1].id}]})
        wait_for('the workshop to reach laptop b', lambda: idea_texts(workshop[1]))
        note('the workshop has reached laptop b')

        peers = [Peer(workshop[0], 'Table A'), Peer(workshop[1], 'Table B'),
                 Peer(workshop[0], 'Table C')]
        for peer in peers:
            wait_for('a laptop to be ready', lambda: peer.said('ready'))

        # all capture at once, saving after each idea
        expected = {'The first call sets the tone'}
        soak_end = time.monotonic() + SOAK
        i = 0
        while i < N_IDEAS or time.monotonic() < soak_end:
            for name, peer in zip('ABC', peers):
                text = f'Idea {i} from table {name}'
                expected.add(text)
                peer.send(f'add {text}')
                time.sleep(random.uniform(0.0, 0.3))
            i += 1
        note(f'{len(expected) - 1} ideas captured on the three laptops')

        def converged():
            for path, laptop in zip(workshop, laptops):
                texts = idea_texts(path)
                if texts is None or sorted(texts) != sorted(expected):
                    return False
                if conflict_copies(laptop.folder):
                    return False
            return True

        wait_for('every idea on both laptops, each once', converged, interval=0.5)
        note('both files hold every idea once')

        # one idea edited on two laptops while they cannot reach each other: when they meet
        # again, Syncthing makes a conflict copy, and both versions end up on both laptops,
        # each once, both flagged to be checked. (The third laptop has done its part and
        # stops: it shares laptop a's file with no engine between them.)
        check_stopped(peers.pop(), len(expected))
        for laptop, other in ((laptops[0], laptops[1]), (laptops[1], laptops[0])):
            laptop.set_paused(other, True)
        wait_for('the laptops to lose each other', lambda: not any(
            laptop.connected(other) for laptop, other in ((laptops[0], laptops[1]),
                                                           (laptops[1], laptops[0]))))
        edited = {'The first call sets the tone for everything': peers[0],
                  'The first phone call sets the tone': peers[1]}
        for text, peer in edited.items():
            saved = len(peer.said('saved'))
            peer.send(f'edit The first call sets the tone\t{text}')
            wait_for('the edit to be saved', lambda: len(peer.said('saved')) > saved)
        # and one edited on laptop a only: whichever save Syncthing keeps, that edit is taken
        # on both, unflagged (the idea records what it was edited from)
        one_side = ('Idea 0 from table A', 'Idea 0 from table A, said better')
        saved = len(peers[0].said('saved'))
        peers[0].send('edit ' + '\t'.join(one_side))
        wait_for('the edit to be saved', lambda: len(peers[0].said('saved')) > saved)
        expected.discard('The first call sets the tone')
        expected.discard(one_side[0])
        expected.add(one_side[1])
        expected.update(edited)
        for laptop, other in ((laptops[0], laptops[1]), (laptops[1], laptops[0])):
            laptop.set_paused(other, False)
        note('one idea edited on both laptops apart; they meet again')

        def flagged(path):
            return {text for text, review in idea_flags(path) if review}

        wait_for('both versions on both laptops, each once and flagged',
                 lambda: converged() and all(flagged(path) == set(edited) for path in workshop),
                 interval=0.5)
        note('both versions are on both laptops, each flagged to be checked; the edit made '
             'on one laptop only is on both, unflagged')


        for peer in peers:
            check_stopped(peer, len(expected))
        for path in workshop:
            texts = idea_texts(path)
            duplicates = {text for text in texts if texts.count(text) > 1}
            if duplicates or set(texts) != expected:
                fail(f'{path}: {len(texts)} ideas, duplicated {duplicates}')
        merged = sum(len(conflict_copies(os.path.join(laptop.folder, '.merged')))
                     for laptop in laptops
                     if os.path.isdir(os.path.join(laptop.folder, '.merged')))
        arrivals = sum(len(peer.said('arrived')) for peer in peers)
        note(f'done: {arrivals} arrivals merged, {merged} conflict copies set aside')
        passed = True
    finally:
        for peer in peers:
            peer.stop()
        for laptop in laptops:
            laptop.stop()
        if passed:
            shutil.rmtree(top, ignore_errors=True)
        else:
            print(f'# kept for a look: {top}', flush=True)
    print(f'PASS in {time.monotonic() - START:.1f}s', flush=True)
    return 0


if __name__ == '__main__':
    START = time.monotonic()
    SOAK = float(os.environ.get('CG_SYNC_SOAK', '0'))
    TIME_LIMIT += SOAK
    SYNCTHING = shutil.which('syncthing')
    if SYNCTHING is None:
        print('SKIP: syncthing is not installed (build-aux/deps.sh installs it)')
        sys.exit(77)
    APP = os.environ.get('CG_BINARY')
    PEER = os.environ.get('CG_SYNC_PEER')
    if not APP or not PEER:
        print('FAIL: CG_BINARY and CG_SYNC_PEER must name the programs')
        sys.exit(1)
    sys.exit(main())
