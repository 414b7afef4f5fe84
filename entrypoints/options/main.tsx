import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import { t } from '../../utils/i18n';
import '../../assets/theme.css';
import './style.css';

// The page speaks the language of the words it shows (the browser picks the translation).
document.documentElement.lang = t('options_html_lang');
document.title = t('options_title');
render(<OptionsApp />, document.getElementById('app')!);
