import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import './style.css';

render(<PopupApp />, document.getElementById('app')!);
