import browser from 'webextension-polyfill';

void browser.devtools.panels.create('JMAP Push', '/icons/icon-32.png', '/panel.html');
