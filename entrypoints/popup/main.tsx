import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { t } from '../../utils/i18n';
import '../../assets/theme.css';
import './style.css';

// The language the words are in (the browser's, when we have it; else English), for screen readers.
document.documentElement.lang = t('popup_lang');
render(<PopupApp />, document.getElementById('app')!);
