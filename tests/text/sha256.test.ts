import { describeSha256 } from './sha256-agreement';

describeSha256('Node');
